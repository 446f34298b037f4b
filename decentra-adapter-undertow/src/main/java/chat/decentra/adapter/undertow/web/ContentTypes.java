package chat.decentra.adapter.undertow.web;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The content types of the files we serve, by extension; files of other types are not served. */
final class ContentTypes {

  /** A file type: what to call it, and whether gzip makes it smaller. */
  record Type(String contentType, boolean compressible) {}

  private static final Map<String, Type> BY_EXTENSION =
      Map.ofEntries(
          Map.entry("html", new Type("text/html; charset=utf-8", true)),
          Map.entry("js", new Type("text/javascript; charset=utf-8", true)),
          Map.entry("mjs", new Type("text/javascript; charset=utf-8", true)),
          Map.entry("css", new Type("text/css; charset=utf-8", true)),
          Map.entry("json", new Type("application/json", true)),
          Map.entry("map", new Type("application/json", true)),
          Map.entry("webmanifest", new Type("application/manifest+json", true)),
          Map.entry("txt", new Type("text/plain; charset=utf-8", true)),
          Map.entry("svg", new Type("image/svg+xml", true)),
          Map.entry("ico", new Type("image/x-icon", true)),
          Map.entry("png", new Type("image/png", false)),
          Map.entry("jpg", new Type("image/jpeg", false)),
          Map.entry("jpeg", new Type("image/jpeg", false)),
          Map.entry("gif", new Type("image/gif", false)),
          Map.entry("webp", new Type("image/webp", false)),
          Map.entry("avif", new Type("image/avif", false)),
          Map.entry("woff2", new Type("font/woff2", false)),
          Map.entry("woff", new Type("font/woff", false)),
          Map.entry("mp3", new Type("audio/mpeg", false)),
          Map.entry("ogg", new Type("audio/ogg", false)),
          Map.entry("opus", new Type("audio/ogg", false)),
          Map.entry("wav", new Type("audio/wav", false)),
          Map.entry("wasm", new Type("application/wasm", true)));

  private ContentTypes() {}

  /** The type of a file name, or empty when we do not serve that kind of file. */
  static Optional<Type> of(String fileName) {
    int dot = fileName.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    return Optional.ofNullable(
        BY_EXTENSION.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT)));
  }
}
