package chat.decentra.application.service.guild;

import chat.decentra.application.port.in.account.Caller;
import chat.decentra.application.port.in.guild.AssignRoleUseCase;
import chat.decentra.application.port.out.GenerateIdPort;
import chat.decentra.application.port.out.PublishEventPort;
import chat.decentra.application.port.out.TransactionPort;
import chat.decentra.application.port.out.guild.AuditLogPort;
import chat.decentra.application.port.out.guild.LoadGuildPort;
import chat.decentra.application.port.out.guild.LoadMemberPort;
import chat.decentra.application.port.out.guild.LoadRolePort;
import chat.decentra.application.port.out.guild.SaveMemberPort;
import chat.decentra.domain.audit.AuditAction;
import chat.decentra.domain.guild.GuildEvent;
import chat.decentra.domain.guild.Member;
import chat.decentra.domain.guild.Role;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.id.RoleId;
import chat.decentra.domain.permission.Permission;
import chat.decentra.domain.user.UserId;
import java.time.Clock;
import java.util.Optional;

/** Gives roles to members and takes them away, for roles below the caller's own. */
public final class MemberRoleService implements AssignRoleUseCase {

  private final LoadMemberPort loadMembers;
  private final SaveMemberPort saveMembers;
  private final GuildLookup lookup;
  private final GuildWork work;
  private final AuditTrail audit;

  public MemberRoleService(
      LoadGuildPort loadGuilds,
      LoadRolePort loadRoles,
      LoadMemberPort loadMembers,
      SaveMemberPort saveMembers,
      AuditLogPort auditLog,
      TransactionPort transactions,
      PublishEventPort events,
      GenerateIdPort ids,
      Clock clock) {
    this.loadMembers = loadMembers;
    this.saveMembers = saveMembers;
    this.lookup = new GuildLookup(loadGuilds, loadMembers, loadRoles);
    this.work = new GuildWork(transactions, events);
    this.audit = new AuditTrail(auditLog, ids, clock);
  }

  @Override
  public Result assign(Caller caller, GuildId guild, UserId member, RoleId role) {
    return change(caller, guild, member, role, true);
  }

  @Override
  public Result unassign(Caller caller, GuildId guild, UserId member, RoleId role) {
    return change(caller, guild, member, role, false);
  }

  private Result change(
      Caller caller, GuildId guild, UserId memberId, RoleId roleId, boolean give) {
    return work.run(
        changes -> {
          var found = lookup.memberForUpdate(guild, caller.user().id());
          if (found.isEmpty()) {
            return new NotFound();
          }
          ActingMember actor = found.get();
          if (!actor.may(Permission.MANAGE_ROLES)) {
            return new Forbidden();
          }
          Optional<Role> role = actor.role(roleId).filter(r -> !r.isEveryone());
          if (role.isEmpty()) {
            return new RoleNotFound();
          }
          Optional<Member> target =
              memberId.equals(actor.userId())
                  ? Optional.of(actor.member())
                  : loadMembers.loadMember(guild, memberId);
          if (target.isEmpty()) {
            return new MemberNotFound();
          }
          if (!actor.isAbove(role.get())) {
            return new Forbidden();
          }
          if (give && !actor.mayGrant(role.get().permissions())) {
            // Handing out a role is granting what it holds: nobody grants what they do not hold.
            return new Forbidden();
          }
          Member updated = give ? target.get().withRole(roleId) : target.get().withoutRole(roleId);
          if (updated.equals(target.get())) {
            return new Updated(updated);
          }
          saveMembers.updateMember(updated);
          audit.record(
              actor,
              give ? AuditAction.MEMBER_ROLE_ADD : AuditAction.MEMBER_ROLE_REMOVE,
              memberId,
              Optional.empty(),
              Optional.of(roleId.toString()));
          changes.publish(new GuildEvent.MemberUpdated(updated));
          return new Updated(updated);
        });
  }
}
