package chat.decentra.domain.audit;

import java.util.Locale;

/** The kinds of administrative action the audit log records, and what each one's target is. */
public enum AuditAction {
  /** Name changed; the detail is the new name. */
  GUILD_UPDATE(TargetKind.GUILD),
  /** Icon uploaded or removed. */
  GUILD_ICON_UPDATE(TargetKind.GUILD),
  /** The target is the new owner. */
  GUILD_OWNER_TRANSFER(TargetKind.USER),
  CHANNEL_CREATE(TargetKind.CHANNEL),
  CHANNEL_UPDATE(TargetKind.CHANNEL),
  CHANNEL_DELETE(TargetKind.CHANNEL),
  /** Positions or parents of several channels changed; the target is the guild. */
  CHANNEL_REORDER(TargetKind.GUILD),
  /** The detail names the overwrite's target, as {@code role:<id>} or {@code member:<id>}. */
  CHANNEL_OVERWRITE_UPDATE(TargetKind.CHANNEL),
  /** The detail names the overwrite's target, as {@code role:<id>} or {@code member:<id>}. */
  CHANNEL_OVERWRITE_DELETE(TargetKind.CHANNEL),
  MEMBER_KICK(TargetKind.USER),
  MEMBER_BAN(TargetKind.USER),
  MEMBER_UNBAN(TargetKind.USER),
  /** Someone changed another member's nickname. */
  MEMBER_NICKNAME_UPDATE(TargetKind.USER),
  /** The detail is the role's id. */
  MEMBER_ROLE_ADD(TargetKind.USER),
  /** The detail is the role's id. */
  MEMBER_ROLE_REMOVE(TargetKind.USER),
  ROLE_CREATE(TargetKind.ROLE),
  ROLE_UPDATE(TargetKind.ROLE),
  ROLE_DELETE(TargetKind.ROLE),
  INVITE_CREATE(TargetKind.INVITE),
  INVITE_REVOKE(TargetKind.INVITE);

  /** What an entry's target id identifies. */
  public enum TargetKind {
    GUILD,
    CHANNEL,
    ROLE,
    USER,
    /** The target id is the invite's code. */
    INVITE
  }

  private final TargetKind targetKind;

  AuditAction(TargetKind targetKind) {
    this.targetKind = targetKind;
  }

  public TargetKind targetKind() {
    return targetKind;
  }

  /** The lower-case name used on the wire and in storage. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
