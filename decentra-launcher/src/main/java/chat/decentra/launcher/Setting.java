package chat.decentra.launcher;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Every setting, with its environment variable, its flag and its default. */
enum Setting {
  PORT("Port to listen on (1-65535).", "8765"),
  BIND("Address to listen on.", "0.0.0.0"),
  DATA_DIR("Directory for the embedded database and other local data.", "./data"),
  DB_URL("PostgreSQL JDBC URL (jdbc:postgresql://host:5432/db); unset = embedded database.", null),
  DB_USER("PostgreSQL user.", null),
  DB_PASSWORD("PostgreSQL password.", null),
  PUBLIC_URL(
      "The URL people open, e.g. https://chat.example.org; used in invite links and origin checks.",
      null),
  REGISTRATION("Who may sign up: invite (with an instance invite) or open (anyone).", "invite"),
  TRUSTED_PROXIES(
      "Comma-separated addresses or CIDR ranges (or loopback, private) of reverse proxies whose"
          + " X-Forwarded-* and Forwarded headers are believed.",
      ""),
  SESSION_TTL_DAYS("Days a session lives after its last use (1-365).", "30"),
  NODE_ID("Number of this node among nodes sharing one database (0-1023); unset = random.", null);

  private final String description;
  private final String defaultValue;

  Setting(String description, String defaultValue) {
    this.description = description;
    this.defaultValue = defaultValue;
  }

  /** The environment variable, e.g. {@code DECENTRA_DATA_DIR}. */
  String environmentVariable() {
    return "DECENTRA_" + name();
  }

  /** The command-line flag, e.g. {@code --data-dir}. */
  String flag() {
    return "--" + name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  String description() {
    return description;
  }

  Optional<String> defaultValue() {
    return Optional.ofNullable(defaultValue);
  }

  static Optional<Setting> byFlag(String flag) {
    return Arrays.stream(values()).filter(s -> s.flag().equals(flag)).findFirst();
  }
}
