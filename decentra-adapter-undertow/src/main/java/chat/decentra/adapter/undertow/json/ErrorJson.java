package chat.decentra.adapter.undertow.json;

/** An error on the wire: {@code {"error":{"code","message"}}}. */
public record ErrorJson(Body error) {

  /** The stable code and the sentence for people. */
  public record Body(String code, String message) {}

  public static ErrorJson of(String code, String message) {
    return new ErrorJson(new Body(code, message));
  }
}
