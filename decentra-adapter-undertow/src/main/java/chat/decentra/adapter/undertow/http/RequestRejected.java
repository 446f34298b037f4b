package chat.decentra.adapter.undertow.http;

/**
 * A request whose form the edge refuses before any use case runs (a malformed path id, an unknown
 * permission name): thrown while decoding, answered with its error by {@link Endpoint}.
 */
final class RequestRejected extends RuntimeException {

  private final transient ApiError error;

  RequestRejected(ApiError error) {
    super(error.code(), null, false, false);
    this.error = error;
  }

  ApiError error() {
    return error;
  }
}
