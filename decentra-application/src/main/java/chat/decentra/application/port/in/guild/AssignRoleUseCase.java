package chat.decentra.application.port.in.guild;

import chat.decentra.application.port.in.account.Caller;
import chat.decentra.domain.guild.Member;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.id.RoleId;
import chat.decentra.domain.user.UserId;

/** Giving a role to a member or taking it away; needs manage roles and a rank above the role. */
public interface AssignRoleUseCase {

  Result assign(Caller caller, GuildId guild, UserId member, RoleId role);

  Result unassign(Caller caller, GuildId guild, UserId member, RoleId role);

  sealed interface Result {}

  /** The member as they are now; unchanged when they already had, or lacked, the role. */
  record Updated(Member member) implements Result {}

  record NotFound() implements Result {}

  record Forbidden() implements Result {}

  record MemberNotFound() implements Result {}

  /** No such role in this guild, or {@code @everyone}, which every member holds anyway. */
  record RoleNotFound() implements Result {}
}
