package chat.decentra.application.service.guild;

import chat.decentra.application.port.in.account.Caller;
import chat.decentra.application.port.in.guild.KickMemberUseCase;
import chat.decentra.application.port.in.guild.ListMembersUseCase;
import chat.decentra.application.port.in.guild.MemberProfile;
import chat.decentra.application.port.in.guild.SetNicknameUseCase;
import chat.decentra.application.port.out.GenerateIdPort;
import chat.decentra.application.port.out.PublishEventPort;
import chat.decentra.application.port.out.TransactionPort;
import chat.decentra.application.port.out.guild.AuditLogPort;
import chat.decentra.application.port.out.guild.LoadGuildPort;
import chat.decentra.application.port.out.guild.LoadMemberPort;
import chat.decentra.application.port.out.guild.LoadRolePort;
import chat.decentra.application.port.out.guild.LoadUsersPort;
import chat.decentra.application.port.out.guild.SaveMemberPort;
import chat.decentra.domain.audit.AuditAction;
import chat.decentra.domain.audit.AuditEntry;
import chat.decentra.domain.guild.GuildEvent;
import chat.decentra.domain.guild.Member;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.permission.Permission;
import chat.decentra.domain.user.User;
import chat.decentra.domain.user.UserId;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Lists a guild's members, sets their nicknames and removes them. */
public final class MemberService
    implements ListMembersUseCase, SetNicknameUseCase, KickMemberUseCase {

  private final LoadMemberPort loadMembers;
  private final SaveMemberPort saveMembers;
  private final LoadUsersPort users;
  private final GuildLookup lookup;
  private final GuildWork work;
  private final AuditTrail audit;

  public MemberService(
      LoadGuildPort loadGuilds,
      LoadRolePort loadRoles,
      LoadMemberPort loadMembers,
      SaveMemberPort saveMembers,
      LoadUsersPort users,
      AuditLogPort auditLog,
      TransactionPort transactions,
      PublishEventPort events,
      GenerateIdPort ids,
      Clock clock) {
    this.loadMembers = loadMembers;
    this.saveMembers = saveMembers;
    this.users = users;
    this.lookup = new GuildLookup(loadGuilds, loadMembers, loadRoles);
    this.work = new GuildWork(transactions, events);
    this.audit = new AuditTrail(auditLog, ids, clock);
  }

  @Override
  public ListMembersUseCase.Result members(Caller caller, GuildId guild) {
    if (lookup.member(guild, caller.user().id()).isEmpty()) {
      return new ListMembersUseCase.NotFound();
    }
    List<Member> members = loadMembers.listMembers(guild);
    Map<UserId, User> profiles =
        users.loadUsers(members.stream().map(Member::userId).collect(Collectors.toSet()));
    return new Listed(
        members.stream()
            .filter(member -> profiles.containsKey(member.userId()))
            .map(member -> new MemberProfile(member, profiles.get(member.userId())))
            .toList());
  }

  @Override
  public SetNicknameUseCase.Result setNickname(SetNicknameUseCase.Command command) {
    return work.run(
        changes -> {
          var found = lookup.memberForUpdate(command.guildId(), command.caller().user().id());
          if (found.isEmpty()) {
            return new SetNicknameUseCase.NotFound();
          }
          ActingMember actor = found.get();
          boolean own = command.memberId().equals(actor.userId());
          boolean allowed =
              own
                  ? actor.may(Permission.CHANGE_NICKNAME) || actor.may(Permission.MANAGE_NICKNAMES)
                  : actor.may(Permission.MANAGE_NICKNAMES);
          if (!allowed) {
            return new SetNicknameUseCase.Forbidden();
          }
          Optional<Member> target =
              own
                  ? Optional.of(actor.member())
                  : loadMembers.loadMember(actor.guildId(), command.memberId());
          if (target.isEmpty()) {
            return new SetNicknameUseCase.MemberNotFound();
          }
          if (!own && !actor.isAbove(target.get())) {
            return new SetNicknameUseCase.Forbidden();
          }
          Optional<String> nickname = Optional.empty();
          if (command.nickname().isPresent() && !command.nickname().get().isBlank()) {
            nickname = Member.normalizeNickname(command.nickname().get());
            if (nickname.isEmpty()) {
              return new InvalidNickname();
            }
          }
          Member updated = target.get().withNickname(nickname);
          if (updated.equals(target.get())) {
            return new SetNicknameUseCase.Updated(updated);
          }
          saveMembers.updateMember(updated);
          if (!own) {
            audit.record(
                actor,
                AuditAction.MEMBER_NICKNAME_UPDATE,
                updated.userId(),
                Optional.empty(),
                nickname);
          }
          changes.publish(new GuildEvent.MemberUpdated(updated));
          return new SetNicknameUseCase.Updated(updated);
        });
  }

  @Override
  public KickMemberUseCase.Result kick(KickMemberUseCase.Command command) {
    return work.run(
        changes -> {
          var found = lookup.memberForUpdate(command.guildId(), command.caller().user().id());
          if (found.isEmpty()) {
            return new KickMemberUseCase.NotFound();
          }
          ActingMember actor = found.get();
          if (!actor.may(Permission.KICK_MEMBERS)) {
            return new KickMemberUseCase.Forbidden();
          }
          if (command.reason().isPresent() && !AuditEntry.isValidReason(command.reason().get())) {
            return new KickMemberUseCase.InvalidReason();
          }
          Optional<Member> target = loadMembers.loadMember(actor.guildId(), command.memberId());
          if (target.isEmpty()) {
            return new KickMemberUseCase.MemberNotFound();
          }
          if (!actor.calculator().mayKick(actor.member(), target.get())) {
            return new KickMemberUseCase.Forbidden();
          }
          saveMembers.deleteMember(actor.guildId(), command.memberId());
          audit.record(
              actor,
              AuditAction.MEMBER_KICK,
              command.memberId(),
              command.reason(),
              Optional.empty());
          changes.publish(new GuildEvent.MemberKicked(actor.guildId(), command.memberId()));
          return new Kicked();
        });
  }
}
