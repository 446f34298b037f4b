package chat.decentra.application.service.guild;

import chat.decentra.application.port.in.account.Patch;
import chat.decentra.application.port.in.guild.ReorderChannelsUseCase;
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
import chat.decentra.domain.permission.Permission;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Moves several channels of a guild at once: all of the moves, or none. */
public final class ReorderChannelsService implements ReorderChannelsUseCase {

  private final LoadChannelPort loadChannels;
  private final SaveChannelPort saveChannels;
  private final GuildLookup lookup;
  private final GuildWork work;
  private final AuditTrail audit;

  public ReorderChannelsService(
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
    this.loadChannels = loadChannels;
    this.saveChannels = saveChannels;
    this.lookup = new GuildLookup(loadGuilds, loadMembers, loadRoles);
    this.work = new GuildWork(transactions, events);
    this.audit = new AuditTrail(auditLog, ids, clock);
  }

  @Override
  public Result reorder(Command command) {
    return work.run(
        changes -> {
          var found = lookup.memberForUpdate(command.guildId(), command.caller().user().id());
          if (found.isEmpty()) {
            return new NotFound();
          }
          ActingMember actor = found.get();
          if (!actor.may(Permission.MANAGE_CHANNELS)) {
            return new Forbidden();
          }
          Map<ChannelId, Channel> channels = new LinkedHashMap<>();
          loadChannels.listChannels(actor.guildId()).forEach(c -> channels.put(c.id(), c));
          var seen = new HashSet<ChannelId>();
          var changed = new ArrayList<Channel>();
          for (Move move : command.moves()) {
            Channel channel = channels.get(move.channelId());
            if (channel == null || !actor.mayView(channel) || !seen.add(move.channelId())) {
              return new UnknownChannel(move.channelId());
            }
            if (move.position() < 0) {
              return new InvalidPosition(move.channelId());
            }
            Channel moved = channel.withPosition(move.position());
            switch (move.parentId()) {
              case Patch.Unchanged<ChannelId> unchanged -> {}
              case Patch.Cleared<ChannelId> cleared -> moved = moved.withParent(Optional.empty());
              case Patch.SetTo<ChannelId>(ChannelId parentId) -> {
                var parent = Optional.ofNullable(channels.get(parentId));
                if (!ChannelLookup.isValidParent(actor, channel.kind(), parent)) {
                  return new InvalidParent(move.channelId());
                }
                moved = moved.withParent(Optional.of(parentId));
              }
            }
            if (!moved.equals(channel)) {
              changed.add(moved);
            }
          }
          for (Channel channel : changed) {
            saveChannels.updateChannel(channel);
            changes.publish(new GuildEvent.ChannelUpdated(channel));
          }
          if (!changed.isEmpty()) {
            audit.record(actor, AuditAction.CHANNEL_REORDER, actor.guildId());
          }
          return new Reordered(List.copyOf(changed));
        });
  }
}
