package chat.decentra.domain.guild;

import chat.decentra.domain.channel.Channel;
import chat.decentra.domain.channel.ChannelKind;
import chat.decentra.domain.id.RoleId;
import chat.decentra.domain.permission.OverwriteTarget;
import chat.decentra.domain.permission.Permission;
import chat.decentra.domain.permission.Permissions;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Works out what a member may do in a guild and in each of its channels, and whom they outrank.
 *
 * <p>In a guild: the owner may do everything; everyone else holds the union of {@code @everyone}'s
 * permissions and their roles', and everything when that union includes {@link
 * Permission#ADMINISTRATOR}. In a channel, for those without administrator: the {@code @everyone}
 * overwrite applies, then the overwrites of the member's roles taken together, then the member's
 * own overwrite; at each step denials go before allowances. Without {@link Permission#VIEW_CHANNEL}
 * a member has no permission at all in the channel; without {@link Permission#SEND_MESSAGES} in a
 * text channel they cannot mention everyone, embed or attach either; without {@link
 * Permission#CONNECT} in a voice channel they cannot speak, show video or moderate voice there.
 *
 * <p>Roles rank by {@link Role#HIERARCHY}; a member ranks as their highest role. The owner is above
 * everyone and nobody is above the owner.
 */
public final class PermissionCalculator {

  private static final Permissions NEED_SEND =
      Permissions.of(Permission.MENTION_EVERYONE, Permission.EMBED_LINKS, Permission.ATTACH_FILES);
  private static final Permissions NEED_CONNECT =
      Permissions.of(
          Permission.SPEAK,
          Permission.VIDEO,
          Permission.MUTE_MEMBERS,
          Permission.DEAFEN_MEMBERS,
          Permission.MOVE_MEMBERS);

  private final Guild guild;
  private final Map<RoleId, Role> roles = new HashMap<>();
  private final Role everyone;

  /**
   * A calculator over one guild and its roles.
   *
   * @param roles all roles of the guild, {@code @everyone} among them
   */
  public PermissionCalculator(Guild guild, Collection<Role> roles) {
    if (guild == null || roles == null) {
      throw new IllegalArgumentException("guild and roles are required");
    }
    for (Role role : roles) {
      if (!role.guildId().equals(guild.id())) {
        throw new IllegalArgumentException("roles must belong to guild " + guild.id());
      }
      this.roles.put(role.id(), role);
    }
    this.guild = guild;
    this.everyone = this.roles.get(guild.everyoneRoleId());
    if (everyone == null) {
      throw new IllegalArgumentException("roles must include the @everyone role");
    }
  }

  public Guild guild() {
    return guild;
  }

  /** The role with that id in this guild, or empty. */
  public Optional<Role> role(RoleId id) {
    return Optional.ofNullable(roles.get(id));
  }

  public boolean isOwner(Member member) {
    return guild.isOwnedBy(member.userId());
  }

  /** What the member may do in the guild as a whole. */
  public Permissions base(Member member) {
    requireOwn(member);
    if (isOwner(member)) {
      return Permissions.all();
    }
    Permissions permissions = everyone.permissions();
    for (RoleId id : member.roleIds()) {
      Role role = roles.get(id);
      if (role != null) {
        permissions = permissions.plus(role.permissions());
      }
    }
    return permissions.has(Permission.ADMINISTRATOR) ? Permissions.all() : permissions;
  }

  /** What the member may do in the channel; nothing when they may not view it. */
  public Permissions in(Channel channel, Member member) {
    if (!channel.guildId().equals(guild.id())) {
      throw new IllegalArgumentException("channel must belong to guild " + guild.id());
    }
    Permissions base = base(member);
    if (base.has(Permission.ADMINISTRATOR)) {
      return base;
    }
    Permissions permissions = base;
    var everyoneOverwrite = channel.overwriteFor(new OverwriteTarget.ForRole(everyone.id()));
    if (everyoneOverwrite.isPresent()) {
      permissions = everyoneOverwrite.get().applyTo(permissions);
    }
    Permissions allow = Permissions.none();
    Permissions deny = Permissions.none();
    for (RoleId id : member.roleIds()) {
      var overwrite = channel.overwriteFor(new OverwriteTarget.ForRole(id));
      if (overwrite.isPresent() && roles.containsKey(id)) {
        allow = allow.plus(overwrite.get().allow());
        deny = deny.plus(overwrite.get().deny());
      }
    }
    permissions = permissions.minus(deny).plus(allow);
    var own = channel.overwriteFor(new OverwriteTarget.ForMember(member.userId()));
    if (own.isPresent()) {
      permissions = own.get().applyTo(permissions);
    }
    return implied(channel.kind(), permissions);
  }

  private static Permissions implied(ChannelKind kind, Permissions permissions) {
    if (!permissions.has(Permission.VIEW_CHANNEL)) {
      return Permissions.none();
    }
    if (kind == ChannelKind.TEXT && !permissions.has(Permission.SEND_MESSAGES)) {
      return permissions.minus(NEED_SEND);
    }
    if (kind == ChannelKind.VOICE && !permissions.has(Permission.CONNECT)) {
      return permissions.minus(NEED_CONNECT);
    }
    return permissions;
  }

  /** True when the member may see the channel at all. */
  public boolean mayView(Channel channel, Member member) {
    return in(channel, member).has(Permission.VIEW_CHANNEL);
  }

  /** The member's highest-ranking role: {@code @everyone} when they hold no other. */
  public Role highestRole(Member member) {
    requireOwn(member);
    Role highest = everyone;
    for (RoleId id : member.roleIds()) {
      Role role = roles.get(id);
      if (role != null && Role.HIERARCHY.compare(role, highest) > 0) {
        highest = role;
      }
    }
    return highest;
  }

  /** True when the actor ranks above the role: the owner always, others by their highest role. */
  public boolean isAbove(Member actor, Role role) {
    if (isOwner(actor)) {
      return true;
    }
    return Role.HIERARCHY.compare(highestRole(actor), role) > 0;
  }

  /**
   * True when the actor ranks above the other member: never over oneself or the owner, always for
   * the owner, otherwise by highest role.
   */
  public boolean isAbove(Member actor, Member target) {
    requireOwn(target);
    if (actor.userId().equals(target.userId()) || isOwner(target)) {
      return false;
    }
    if (isOwner(actor)) {
      return true;
    }
    return Role.HIERARCHY.compare(highestRole(actor), highestRole(target)) > 0;
  }

  /**
   * True when the actor may hand out these permissions, to a role or in an overwrite: only those
   * they hold themselves, so that nobody can raise anyone above their own powers.
   */
  public boolean mayGrant(Member actor, Permissions permissions) {
    return base(actor).containsAll(permissions);
  }

  /** True when the actor may edit, delete, give or take the role. */
  public boolean mayManageRole(Member actor, Role role) {
    return base(actor).has(Permission.MANAGE_ROLES) && isAbove(actor, role);
  }

  /** True when the actor may remove the target from the guild. */
  public boolean mayKick(Member actor, Member target) {
    return base(actor).has(Permission.KICK_MEMBERS) && isAbove(actor, target);
  }

  /** True when the actor may ban the target, who is a member. */
  public boolean mayBan(Member actor, Member target) {
    return base(actor).has(Permission.BAN_MEMBERS) && isAbove(actor, target);
  }

  private void requireOwn(Member member) {
    if (!member.guildId().equals(guild.id())) {
      throw new IllegalArgumentException("member must belong to guild " + guild.id());
    }
  }
}
