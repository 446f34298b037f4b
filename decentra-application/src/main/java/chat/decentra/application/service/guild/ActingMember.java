package chat.decentra.application.service.guild;

import chat.decentra.domain.channel.Channel;
import chat.decentra.domain.guild.Guild;
import chat.decentra.domain.guild.Member;
import chat.decentra.domain.guild.PermissionCalculator;
import chat.decentra.domain.guild.Role;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.id.RoleId;
import chat.decentra.domain.permission.Permission;
import chat.decentra.domain.permission.Permissions;
import chat.decentra.domain.user.UserId;
import java.util.List;
import java.util.Optional;

/** The caller as a member of one guild, with the calculator that says what they may do there. */
record ActingMember(Guild guild, Member member, List<Role> roles, PermissionCalculator calculator) {

  ActingMember {
    roles = List.copyOf(roles);
  }

  static ActingMember of(Guild guild, Member member, List<Role> roles) {
    return new ActingMember(guild, member, roles, new PermissionCalculator(guild, roles));
  }

  GuildId guildId() {
    return guild.id();
  }

  UserId userId() {
    return member.userId();
  }

  boolean isOwner() {
    return calculator.isOwner(member);
  }

  /** What the member may do in the guild as a whole. */
  Permissions permissions() {
    return calculator.base(member);
  }

  boolean may(Permission permission) {
    return permissions().has(permission);
  }

  /** What the member may do in the channel, which must belong to this guild. */
  Permissions in(Channel channel) {
    return calculator.in(channel, member);
  }

  boolean mayView(Channel channel) {
    return calculator.mayView(channel, member);
  }

  /** A role of this guild, {@code @everyone} included. */
  Optional<Role> role(RoleId id) {
    return calculator.role(id);
  }

  /** True when the member ranks above the other member. */
  boolean isAbove(Member other) {
    return calculator.isAbove(member, other);
  }

  boolean isAbove(Role role) {
    return calculator.isAbove(member, role);
  }

  boolean mayGrant(Permissions permissions) {
    return calculator.mayGrant(member, permissions);
  }
}
