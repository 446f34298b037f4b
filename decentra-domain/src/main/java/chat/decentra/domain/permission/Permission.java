package chat.decentra.domain.permission;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Something a member may be allowed to do in a guild or a channel.
 *
 * <p>Each permission owns one bit of a 64-bit mask, fixed forever: masks are stored and sent over
 * the wire. The bits follow Discord's numbering where the meaning is the same, which helps people
 * who know it; never renumber one, only add new ones on unused bits.
 */
public enum Permission {
  CREATE_INVITE(0, true),
  KICK_MEMBERS(1, false),
  BAN_MEMBERS(2, false),
  /** Every permission everywhere, overwrites notwithstanding; the role hierarchy still holds. */
  ADMINISTRATOR(3, false),
  MANAGE_CHANNELS(4, true),
  MANAGE_GUILD(5, false),
  VIEW_AUDIT_LOG(7, false),
  /** Camera and screen share in voice channels. */
  VIDEO(9, true),
  VIEW_CHANNEL(10, true),
  SEND_MESSAGES(11, true),
  MANAGE_MESSAGES(13, true),
  EMBED_LINKS(14, true),
  ATTACH_FILES(15, true),
  READ_MESSAGE_HISTORY(16, true),
  MENTION_EVERYONE(17, true),
  CONNECT(20, true),
  SPEAK(21, true),
  MUTE_MEMBERS(22, true),
  DEAFEN_MEMBERS(23, true),
  MOVE_MEMBERS(24, true),
  CHANGE_NICKNAME(26, false),
  MANAGE_NICKNAMES(27, false),
  /** Managing roles below one's own; in a channel, managing its permission overwrites. */
  MANAGE_ROLES(28, true);

  private final int bit;
  private final boolean channelScoped;

  Permission(int bit, boolean channelScoped) {
    this.bit = bit;
    this.channelScoped = channelScoped;
  }

  /** The bit's index, 0 to 63. */
  public int bit() {
    return bit;
  }

  /** The mask with this permission's bit alone set. */
  public long mask() {
    return 1L << bit;
  }

  /**
   * True when a channel's overwrites may allow or deny it; the others apply to the guild as a
   * whole.
   */
  public boolean isChannelScoped() {
    return channelScoped;
  }

  /** The lower-case name used in documentation and audit details, such as {@code view_channel}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The permission with that wire name, or empty. */
  public static Optional<Permission> fromWireName(String name) {
    return Arrays.stream(values()).filter(p -> p.wireName().equals(name)).findFirst();
  }
}
