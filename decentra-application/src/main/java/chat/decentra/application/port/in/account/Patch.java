package chat.decentra.application.port.in.account;

/** A field in a partial update: left alone, cleared, or set to a value. */
public sealed interface Patch<T> {

  record Unchanged<T>() implements Patch<T> {}

  record Cleared<T>() implements Patch<T> {}

  record SetTo<T>(T value) implements Patch<T> {
    public SetTo {
      if (value == null) {
        throw new IllegalArgumentException("value is required; use Cleared to clear");
      }
    }
  }

  static <T> Patch<T> unchanged() {
    return new Unchanged<>();
  }

  static <T> Patch<T> cleared() {
    return new Cleared<>();
  }

  static <T> Patch<T> setTo(T value) {
    return new SetTo<>(value);
  }
}
