package chat.decentra.application.service.guild;

import chat.decentra.application.port.in.account.Caller;
import chat.decentra.application.port.in.guild.DeleteGuildUseCase;
import chat.decentra.application.port.in.guild.GetGuildUseCase;
import chat.decentra.application.port.in.guild.LeaveGuildUseCase;
import chat.decentra.application.port.in.guild.TransferGuildOwnershipUseCase;
import chat.decentra.application.port.in.guild.UpdateGuildUseCase;
import chat.decentra.application.port.out.GenerateIdPort;
import chat.decentra.application.port.out.PublishEventPort;
import chat.decentra.application.port.out.TransactionPort;
import chat.decentra.application.port.out.guild.AuditLogPort;
import chat.decentra.application.port.out.guild.LoadChannelPort;
import chat.decentra.application.port.out.guild.LoadGuildPort;
import chat.decentra.application.port.out.guild.LoadMemberPort;
import chat.decentra.application.port.out.guild.LoadRolePort;
import chat.decentra.application.port.out.guild.SaveGuildPort;
import chat.decentra.application.port.out.guild.SaveMemberPort;
import chat.decentra.domain.audit.AuditAction;
import chat.decentra.domain.guild.Guild;
import chat.decentra.domain.guild.GuildEvent;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.permission.Permission;
import chat.decentra.domain.user.UserId;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Reads guilds, changes their settings, hands them over, deletes them and lets members leave. */
public final class GuildService
    implements GetGuildUseCase,
        UpdateGuildUseCase,
        DeleteGuildUseCase,
        TransferGuildOwnershipUseCase,
        LeaveGuildUseCase {

  private final LoadGuildPort loadGuilds;
  private final SaveGuildPort saveGuilds;
  private final LoadMemberPort loadMembers;
  private final SaveMemberPort saveMembers;
  private final GuildLookup lookup;
  private final GuildViews views;
  private final GuildWork work;
  private final AuditTrail audit;

  public GuildService(
      LoadGuildPort loadGuilds,
      SaveGuildPort saveGuilds,
      LoadChannelPort loadChannels,
      LoadRolePort loadRoles,
      LoadMemberPort loadMembers,
      SaveMemberPort saveMembers,
      AuditLogPort auditLog,
      TransactionPort transactions,
      PublishEventPort events,
      GenerateIdPort ids,
      Clock clock) {
    this.loadGuilds = loadGuilds;
    this.saveGuilds = saveGuilds;
    this.loadMembers = loadMembers;
    this.saveMembers = saveMembers;
    this.lookup = new GuildLookup(loadGuilds, loadMembers, loadRoles);
    this.views = new GuildViews(loadChannels, loadMembers);
    this.work = new GuildWork(transactions, events);
    this.audit = new AuditTrail(auditLog, ids, clock);
  }

  @Override
  public GetGuildUseCase.Result guild(Caller caller, GuildId guild) {
    return lookup
        .member(guild, caller.user().id())
        .<GetGuildUseCase.Result>map(viewer -> new Found(views.of(viewer)))
        .orElseGet(GetGuildUseCase.NotFound::new);
  }

  @Override
  public List<Guild> myGuilds(Caller caller) {
    return loadGuilds.listGuildsOf(caller.user().id());
  }

  @Override
  public UpdateGuildUseCase.Result update(UpdateGuildUseCase.Command command) {
    return work.run(
        changes -> {
          var found = lookup.memberForUpdate(command.guildId(), command.caller().user().id());
          if (found.isEmpty()) {
            return new UpdateGuildUseCase.NotFound();
          }
          ActingMember actor = found.get();
          if (!actor.may(Permission.MANAGE_GUILD)) {
            return new UpdateGuildUseCase.Forbidden();
          }
          Guild guild = actor.guild();
          if (command.name().isPresent()) {
            Optional<String> name = Guild.normalizeName(command.name().get());
            if (name.isEmpty()) {
              return new UpdateGuildUseCase.InvalidName();
            }
            guild = guild.withName(name.get());
          }
          if (guild.equals(actor.guild())) {
            return new UpdateGuildUseCase.Updated(guild);
          }
          saveGuilds.updateGuild(guild);
          audit.record(
              actor,
              AuditAction.GUILD_UPDATE,
              guild.id(),
              Optional.empty(),
              Optional.of(guild.name()));
          changes.publish(new GuildEvent.GuildUpdated(guild));
          return new UpdateGuildUseCase.Updated(guild);
        });
  }

  @Override
  public DeleteGuildUseCase.Result delete(Caller caller, GuildId guild) {
    return work.run(
        changes -> {
          var found = lookup.memberForUpdate(guild, caller.user().id());
          if (found.isEmpty()) {
            return new DeleteGuildUseCase.NotFound();
          }
          if (!found.get().isOwner()) {
            return new DeleteGuildUseCase.Forbidden();
          }
          saveGuilds.deleteGuild(guild);
          changes.publish(new GuildEvent.GuildDeleted(guild));
          return new DeleteGuildUseCase.Deleted();
        });
  }

  @Override
  public TransferGuildOwnershipUseCase.Result transfer(
      Caller caller, GuildId guild, UserId newOwner) {
    return work.run(
        changes -> {
          var found = lookup.memberForUpdate(guild, caller.user().id());
          if (found.isEmpty()) {
            return new TransferGuildOwnershipUseCase.NotFound();
          }
          ActingMember actor = found.get();
          if (!actor.isOwner()) {
            return new TransferGuildOwnershipUseCase.Forbidden();
          }
          if (loadMembers.loadMember(guild, newOwner).isEmpty()) {
            return new TransferGuildOwnershipUseCase.MemberNotFound();
          }
          if (newOwner.equals(actor.userId())) {
            return new Transferred(actor.guild());
          }
          Guild updated = actor.guild().withOwner(newOwner);
          saveGuilds.updateGuild(updated);
          audit.record(actor, AuditAction.GUILD_OWNER_TRANSFER, newOwner);
          changes.publish(new GuildEvent.GuildUpdated(updated));
          return new Transferred(updated);
        });
  }

  @Override
  public LeaveGuildUseCase.Result leave(Caller caller, GuildId guild) {
    return work.run(
        changes -> {
          var found = lookup.memberForUpdate(guild, caller.user().id());
          if (found.isEmpty()) {
            return new LeaveGuildUseCase.NotFound();
          }
          if (found.get().isOwner()) {
            return new OwnerMustTransfer();
          }
          saveMembers.deleteMember(guild, caller.user().id());
          changes.publish(new GuildEvent.MemberLeft(guild, caller.user().id()));
          return new Left();
        });
  }
}
