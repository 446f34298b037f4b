package chat.decentra.adapter.undertow.http;

import chat.decentra.adapter.undertow.edge.RequestSource;
import java.net.URI;
import java.util.Optional;

/** Where invite links point: the public URL, else where the request was addressed. */
final class InviteLinks {

  private final Optional<String> publicUrl;

  InviteLinks(Optional<URI> publicUrl) {
    this.publicUrl = publicUrl.map(url -> url.toString().replaceAll("/+$", ""));
  }

  /** Scheme, host and port that invite links start with, without a trailing slash. */
  String baseUrl(RequestSource source) {
    return publicUrl.orElseGet(
        () -> source.host().isEmpty() ? "" : source.scheme() + "://" + source.host());
  }
}
