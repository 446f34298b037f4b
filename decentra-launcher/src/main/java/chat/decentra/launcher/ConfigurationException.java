package chat.decentra.launcher;

/** A configuration value that cannot be used; the message says which and why, for the operator. */
public final class ConfigurationException extends RuntimeException {

  public ConfigurationException(String message) {
    super(message);
  }
}
