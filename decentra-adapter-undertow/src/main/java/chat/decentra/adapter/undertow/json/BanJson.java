package chat.decentra.adapter.undertow.json;

import chat.decentra.domain.guild.Ban;
import chat.decentra.domain.user.User;

/** A ban on the wire (docs/api.md, "Ban"). */
public record BanJson(UserJson user, String reason, String bannedBy, String createdAt) {

  /**
   * @param user the banned account
   */
  public static BanJson of(Ban ban, User user) {
    if (!ban.userId().equals(user.id())) {
      throw new IllegalArgumentException("ban and user must be the same person");
    }
    return new BanJson(
        UserJson.other(user),
        ban.reason().orElse(null),
        ban.bannedBy().toString(),
        Times.iso(ban.bannedAt()));
  }
}
