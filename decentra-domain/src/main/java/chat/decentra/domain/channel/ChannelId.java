package chat.decentra.domain.channel;

import chat.decentra.domain.id.Ids;
import java.util.Optional;

/** Identifies a channel: a 64-bit, time-ordered id. */
public record ChannelId(long value) {

  public ChannelId {
    if (value <= 0) {
      throw new IllegalArgumentException("channel id must be positive: " + value);
    }
  }

  /** Parses the decimal form used on the wire; empty when it is not a valid id. */
  public static Optional<ChannelId> parse(String text) {
    return Ids.parsePositiveLong(text).map(ChannelId::new);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
