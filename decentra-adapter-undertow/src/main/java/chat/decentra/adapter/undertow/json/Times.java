package chat.decentra.adapter.undertow.json;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Instants on the wire: ISO-8601 in UTC, to the millisecond, as JavaScript's Date reads them. */
final class Times {

  private Times() {}

  static String iso(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.MILLIS));
  }
}
