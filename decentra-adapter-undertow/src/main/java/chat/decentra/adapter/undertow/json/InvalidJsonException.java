package chat.decentra.adapter.undertow.json;

/** A request body or gateway frame that is not JSON of the expected shape; the message says why. */
public final class InvalidJsonException extends RuntimeException {

  public InvalidJsonException(String message) {
    super(message);
  }
}
