package chat.decentra.domain.guild;

import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.text.Text;
import chat.decentra.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;

/** A user shut out of a guild: they were removed and cannot join again through any invite. */
public record Ban(
    GuildId guildId, UserId userId, Optional<String> reason, UserId bannedBy, Instant bannedAt) {

  public static final int REASON_MAX = 512;

  public Ban {
    if (guildId == null || userId == null || bannedBy == null || bannedAt == null) {
      throw new IllegalArgumentException("guildId, userId, bannedBy and bannedAt are required");
    }
    if (reason == null) {
      throw new IllegalArgumentException("reason must be present or empty");
    }
    reason.ifPresent(
        text -> {
          if (!isValidReason(text)) {
            throw new IllegalArgumentException("reason is not 1-512 characters without controls");
          }
        });
  }

  /** True for a reason of 1–512 characters, not blank, without control characters. */
  public static boolean isValidReason(String reason) {
    return Text.isPlainLine(reason, 1, REASON_MAX);
  }
}
