package chat.decentra.domain.user;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The status a user chooses to show others. */
public enum PresenceStatus {
  ONLINE,
  IDLE,
  DND,
  INVISIBLE;

  /** The lower-case name used on the wire and in storage. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The status with that wire name, or empty. */
  public static Optional<PresenceStatus> fromWireName(String name) {
    return Arrays.stream(values()).filter(s -> s.wireName().equals(name)).findFirst();
  }
}
