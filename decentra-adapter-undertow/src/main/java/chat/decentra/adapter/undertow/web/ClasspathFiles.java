package chat.decentra.adapter.undertow.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The web client's files from the classpath, loaded on first request and then kept in memory: the
 * client is small and changes only with a release.
 */
final class ClasspathFiles {

  private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}");

  private final ClassLoader loader;
  private final String root;
  private final ConcurrentHashMap<String, StaticFile> cache = new ConcurrentHashMap<>();

  /**
   * @param root the resource folder, such as {@code decentra/webclient/}
   */
  ClasspathFiles(ClassLoader loader, String root) {
    this.loader = loader;
    this.root = root.endsWith("/") ? root : root + "/";
  }

  /**
   * True for a relative path made of plain names ({@code js/app.js}): no dot-files, no {@code ..},
   * no empty segments, and an extension we serve.
   */
  static boolean isServable(String path) {
    if (path.isEmpty() || ContentTypes.of(path).isEmpty()) {
      return false;
    }
    for (String segment : path.split("/", -1)) {
      if (!SEGMENT.matcher(segment).matches()) {
        return false;
      }
    }
    return true;
  }

  /** The file if it has been loaded before; never blocks. */
  Optional<StaticFile> cached(String path) {
    return Optional.ofNullable(cache.get(path));
  }

  /** Loads the file from the classpath (blocking I/O); empty when there is none. */
  Optional<StaticFile> load(String path) {
    if (!isServable(path)) {
      return Optional.empty();
    }
    StaticFile known = cache.get(path);
    if (known != null) {
      return Optional.of(known);
    }
    URL url = loader.getResource(root + path);
    if (url == null || isDirectory(url)) {
      return Optional.empty();
    }
    try (InputStream in = url.openStream()) {
      StaticFile file = StaticFile.of(ContentTypes.of(path).orElseThrow(), in.readAllBytes());
      StaticFile raced = cache.putIfAbsent(path, file);
      return Optional.of(raced == null ? file : raced);
    } catch (IOException unreadable) {
      throw new UncheckedIOException("cannot read " + root + path, unreadable);
    }
  }

  private static boolean isDirectory(URL url) {
    if (!"file".equals(url.getProtocol())) {
      // Inside a jar only a folder named like a file (app.js/) could match; the client has none.
      return false;
    }
    try {
      return !Files.isRegularFile(Path.of(url.toURI()));
    } catch (URISyntaxException | IllegalArgumentException odd) {
      return true;
    }
  }
}
