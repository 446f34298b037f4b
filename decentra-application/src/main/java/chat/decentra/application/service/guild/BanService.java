package chat.decentra.application.service.guild;

import chat.decentra.application.port.in.account.Caller;
import chat.decentra.application.port.in.guild.ManageBansUseCase;
import chat.decentra.application.port.out.GenerateIdPort;
import chat.decentra.application.port.out.PublishEventPort;
import chat.decentra.application.port.out.TransactionPort;
import chat.decentra.application.port.out.guild.AuditLogPort;
import chat.decentra.application.port.out.guild.GuildBanPort;
import chat.decentra.application.port.out.guild.LoadGuildPort;
import chat.decentra.application.port.out.guild.LoadMemberPort;
import chat.decentra.application.port.out.guild.LoadRolePort;
import chat.decentra.application.port.out.guild.LoadUsersPort;
import chat.decentra.application.port.out.guild.SaveMemberPort;
import chat.decentra.domain.audit.AuditAction;
import chat.decentra.domain.guild.Ban;
import chat.decentra.domain.guild.GuildEvent;
import chat.decentra.domain.guild.Member;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.permission.Permission;
import chat.decentra.domain.user.UserId;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/** Bans users from a guild, lifts bans and lists them. */
public final class BanService implements ManageBansUseCase {

  private final LoadMemberPort loadMembers;
  private final SaveMemberPort saveMembers;
  private final GuildBanPort bans;
  private final LoadUsersPort users;
  private final GuildLookup lookup;
  private final GuildWork work;
  private final AuditTrail audit;
  private final Clock clock;

  public BanService(
      LoadGuildPort loadGuilds,
      LoadRolePort loadRoles,
      LoadMemberPort loadMembers,
      SaveMemberPort saveMembers,
      GuildBanPort bans,
      LoadUsersPort users,
      AuditLogPort auditLog,
      TransactionPort transactions,
      PublishEventPort events,
      GenerateIdPort ids,
      Clock clock) {
    this.loadMembers = loadMembers;
    this.saveMembers = saveMembers;
    this.bans = bans;
    this.users = users;
    this.lookup = new GuildLookup(loadGuilds, loadMembers, loadRoles);
    this.work = new GuildWork(transactions, events);
    this.audit = new AuditTrail(auditLog, ids, clock);
    this.clock = clock;
  }

  @Override
  public BanResult ban(Command command) {
    return work.run(
        changes -> {
          var found = lookup.memberForUpdate(command.guildId(), command.caller().user().id());
          if (found.isEmpty()) {
            return new NotFound();
          }
          ActingMember actor = found.get();
          if (!actor.may(Permission.BAN_MEMBERS)) {
            return new Forbidden();
          }
          if (command.reason().isPresent() && !Ban.isValidReason(command.reason().get())) {
            return new InvalidReason();
          }
          UserId target = command.userId();
          if (users.loadUsers(Set.of(target)).isEmpty()) {
            return new UserNotFound();
          }
          Optional<Member> member = loadMembers.loadMember(actor.guildId(), target);
          if (member.isPresent() && !actor.calculator().mayBan(actor.member(), member.get())) {
            return new Forbidden();
          }
          Optional<Ban> existing = bans.findBan(actor.guildId(), target);
          if (existing.isPresent()) {
            return new Banned(existing.get());
          }
          var ban =
              new Ban(actor.guildId(), target, command.reason(), actor.userId(), clock.instant());
          member.ifPresent(m -> saveMembers.deleteMember(actor.guildId(), target));
          bans.insertBan(ban);
          audit.record(actor, AuditAction.MEMBER_BAN, target, command.reason(), Optional.empty());
          changes.publish(new GuildEvent.MemberBanned(actor.guildId(), target));
          return new Banned(ban);
        });
  }

  @Override
  public UnbanResult unban(Caller caller, GuildId guild, UserId user) {
    return work.run(
        changes -> {
          var found = lookup.memberForUpdate(guild, caller.user().id());
          if (found.isEmpty()) {
            return new NotFound();
          }
          ActingMember actor = found.get();
          if (!actor.may(Permission.BAN_MEMBERS)) {
            return new Forbidden();
          }
          if (!bans.deleteBan(guild, user)) {
            return new NotBanned();
          }
          audit.record(actor, AuditAction.MEMBER_UNBAN, user);
          return new Unbanned();
        });
  }

  @Override
  public ListResult bans(Caller caller, GuildId guild) {
    var found = lookup.member(guild, caller.user().id());
    if (found.isEmpty()) {
      return new NotFound();
    }
    if (!found.get().may(Permission.BAN_MEMBERS)) {
      return new Forbidden();
    }
    return new Listed(bans.listBans(guild));
  }
}
