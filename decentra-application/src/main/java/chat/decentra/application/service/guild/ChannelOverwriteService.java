package chat.decentra.application.service.guild;

import chat.decentra.application.port.in.account.Caller;
import chat.decentra.application.port.in.guild.ManageChannelOverwritesUseCase;
import chat.decentra.application.port.out.GenerateIdPort;
import chat.decentra.application.port.out.PublishEventPort;
import chat.decentra.application.port.out.TransactionPort;
import chat.decentra.application.port.out.guild.AuditLogPort;
import chat.decentra.application.port.out.guild.LoadChannelPort;
import chat.decentra.application.port.out.guild.LoadGuildPort;
import chat.decentra.application.port.out.guild.LoadMemberPort;
import chat.decentra.application.port.out.guild.LoadRolePort;
import chat.decentra.application.port.out.guild.SaveChannelPort;
import chat.decentra.domain.audit.AuditAction;
import chat.decentra.domain.channel.Channel;
import chat.decentra.domain.channel.ChannelId;
import chat.decentra.domain.guild.GuildEvent;
import chat.decentra.domain.permission.OverwriteTarget;
import chat.decentra.domain.permission.Permission;
import chat.decentra.domain.permission.PermissionOverwrite;
import chat.decentra.domain.permission.Permissions;
import java.time.Clock;
import java.util.Optional;

/**
 * Sets and removes channel permission overwrites. One may only change what one may do in the
 * channel oneself, so that nobody can grant, or lift a denial of, a power they lack.
 */
public final class ChannelOverwriteService implements ManageChannelOverwritesUseCase {

  private final SaveChannelPort saveChannels;
  private final LoadMemberPort loadMembers;
  private final ChannelLookup lookup;
  private final GuildWork work;
  private final AuditTrail audit;

  public ChannelOverwriteService(
      LoadGuildPort loadGuilds,
      LoadChannelPort loadChannels,
      SaveChannelPort saveChannels,
      LoadRolePort loadRoles,
      LoadMemberPort loadMembers,
      AuditLogPort auditLog,
      TransactionPort transactions,
      PublishEventPort events,
      GenerateIdPort ids,
      Clock clock) {
    this.saveChannels = saveChannels;
    this.loadMembers = loadMembers;
    this.lookup =
        new ChannelLookup(new GuildLookup(loadGuilds, loadMembers, loadRoles), loadChannels);
    this.work = new GuildWork(transactions, events);
    this.audit = new AuditTrail(auditLog, ids, clock);
  }

  @Override
  public SetResult set(Command command) {
    return work.run(
        changes -> {
          var found = lookup.forUpdate(command.channelId(), command.caller().user().id());
          if (found.isEmpty()) {
            return new NotFound();
          }
          ActingMember actor = found.get().actor();
          Channel channel = found.get().channel();
          if (!actor.in(channel).has(Permission.MANAGE_ROLES)) {
            return new Forbidden();
          }
          if (!PermissionOverwrite.isValid(command.allow(), command.deny())) {
            return new InvalidPermissions();
          }
          if (!exists(actor, command.target())) {
            return new TargetNotFound();
          }
          var overwrite =
              new PermissionOverwrite(command.target(), command.allow(), command.deny());
          if (!mayChange(actor, channel, channel.overwriteFor(command.target()), overwrite)) {
            return new Forbidden();
          }
          Channel updated = channel.withOverwrite(overwrite);
          return changed(
              actor,
              channel,
              updated,
              command.target(),
              AuditAction.CHANNEL_OVERWRITE_UPDATE,
              changes);
        });
  }

  @Override
  public DeleteResult delete(Caller caller, ChannelId channelId, OverwriteTarget target) {
    return work.run(
        changes -> {
          var found = lookup.forUpdate(channelId, caller.user().id());
          if (found.isEmpty()) {
            return new NotFound();
          }
          ActingMember actor = found.get().actor();
          Channel channel = found.get().channel();
          if (!actor.in(channel).has(Permission.MANAGE_ROLES)) {
            return new Forbidden();
          }
          var none = new PermissionOverwrite(target, Permissions.none(), Permissions.none());
          if (!mayChange(actor, channel, channel.overwriteFor(target), none)) {
            return new Forbidden();
          }
          Channel updated = channel.withoutOverwrite(target);
          return changed(
              actor, channel, updated, target, AuditAction.CHANNEL_OVERWRITE_DELETE, changes);
        });
  }

  private Updated changed(
      ActingMember actor,
      Channel before,
      Channel after,
      OverwriteTarget target,
      AuditAction action,
      GuildWork.Changes changes) {
    if (after.equals(before)) {
      return new Updated(after);
    }
    saveChannels.updateChannel(after);
    audit.record(actor, action, after.id(), Optional.empty(), Optional.of(describe(target)));
    changes.publish(new GuildEvent.ChannelUpdated(after));
    return new Updated(after);
  }

  private boolean exists(ActingMember actor, OverwriteTarget target) {
    return switch (target) {
      case OverwriteTarget.ForRole(var role) -> actor.role(role).isPresent();
      case OverwriteTarget.ForMember(var user) ->
          loadMembers.loadMember(actor.guildId(), user).isPresent();
    };
  }

  /** True when every permission the change touches is one the actor holds in the channel. */
  private static boolean mayChange(
      ActingMember actor,
      Channel channel,
      Optional<PermissionOverwrite> before,
      PermissionOverwrite after) {
    Permissions oldAllow = before.map(PermissionOverwrite::allow).orElse(Permissions.none());
    Permissions oldDeny = before.map(PermissionOverwrite::deny).orElse(Permissions.none());
    Permissions touched =
        new Permissions(oldAllow.bits() ^ after.allow().bits())
            .plus(new Permissions(oldDeny.bits() ^ after.deny().bits()));
    return actor.in(channel).containsAll(touched);
  }

  private static String describe(OverwriteTarget target) {
    return switch (target) {
      case OverwriteTarget.ForRole(var role) -> "role:" + role;
      case OverwriteTarget.ForMember(var user) -> "member:" + user;
    };
  }
}
