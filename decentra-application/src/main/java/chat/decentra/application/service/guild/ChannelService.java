package chat.decentra.application.service.guild;

import chat.decentra.application.port.in.account.Caller;
import chat.decentra.application.port.in.account.Patch;
import chat.decentra.application.port.in.guild.CreateChannelUseCase;
import chat.decentra.application.port.in.guild.DeleteChannelUseCase;
import chat.decentra.application.port.in.guild.ListChannelsUseCase;
import chat.decentra.application.port.in.guild.UpdateChannelUseCase;
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
import chat.decentra.domain.channel.ChannelKind;
import chat.decentra.domain.guild.GuildEvent;
import chat.decentra.domain.guild.GuildLimits;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.permission.Permission;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Creates, changes, deletes and lists channels. */
public final class ChannelService
    implements CreateChannelUseCase,
        UpdateChannelUseCase,
        DeleteChannelUseCase,
        ListChannelsUseCase {

  private final LoadChannelPort loadChannels;
  private final SaveChannelPort saveChannels;
  private final GuildLookup lookup;
  private final ChannelLookup channelLookup;
  private final GuildViews views;
  private final GuildWork work;
  private final AuditTrail audit;
  private final GenerateIdPort ids;

  public ChannelService(
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
    this.channelLookup = new ChannelLookup(lookup, loadChannels);
    this.views = new GuildViews(loadChannels, loadMembers);
    this.work = new GuildWork(transactions, events);
    this.audit = new AuditTrail(auditLog, ids, clock);
    this.ids = ids;
  }

  @Override
  public CreateChannelUseCase.Result create(CreateChannelUseCase.Command command) {
    return work.run(
        changes -> {
          var found = lookup.memberForUpdate(command.guildId(), command.caller().user().id());
          if (found.isEmpty()) {
            return new CreateChannelUseCase.NotFound();
          }
          ActingMember actor = found.get();
          if (!actor.may(Permission.MANAGE_CHANNELS)) {
            return new CreateChannelUseCase.Forbidden();
          }
          ChannelKind kind = command.kind();
          Optional<String> name = Channel.normalizeName(kind, command.name());
          if (name.isEmpty()) {
            return new CreateChannelUseCase.InvalidName();
          }
          Optional<String> topic = command.topic().filter(text -> !text.isBlank());
          if (topic.isPresent()
              && (kind != ChannelKind.TEXT || !Channel.isValidTopic(topic.get()))) {
            return new CreateChannelUseCase.InvalidTopic();
          }
          List<Channel> existing = loadChannels.listChannels(actor.guildId());
          Optional<Channel> parent = Optional.empty();
          if (command.parentId().isPresent()) {
            parent = find(existing, command.parentId().get());
            if (!ChannelLookup.isValidParent(actor, kind, parent)) {
              return new CreateChannelUseCase.InvalidParent();
            }
          }
          if (command.position().isPresent() && command.position().get() < 0) {
            return new CreateChannelUseCase.InvalidPosition();
          }
          if (existing.size() >= GuildLimits.CHANNELS_PER_GUILD) {
            return new TooManyChannels();
          }
          int position = command.position().orElseGet(() -> afterLast(existing));
          // A channel made in a category starts with the category's overwrites, so a private
          // category keeps its new channels private.
          Channel channel =
              new Channel(
                  new ChannelId(ids.nextId()),
                  actor.guildId(),
                  kind,
                  name.get(),
                  topic,
                  position,
                  parent.map(Channel::id),
                  parent.map(Channel::overwrites).orElse(List.of()));
          saveChannels.insertChannel(channel);
          audit.record(
              actor,
              AuditAction.CHANNEL_CREATE,
              channel.id(),
              Optional.empty(),
              Optional.of(channel.name()));
          changes.publish(new GuildEvent.ChannelCreated(channel));
          return new Created(channel);
        });
  }

  private static int afterLast(List<Channel> channels) {
    return channels.stream().mapToInt(Channel::position).max().orElse(-1) + 1;
  }

  private static Optional<Channel> find(List<Channel> channels, ChannelId id) {
    return channels.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  @Override
  public UpdateChannelUseCase.Result update(UpdateChannelUseCase.Command command) {
    return work.run(
        changes -> {
          var found = channelLookup.forUpdate(command.channelId(), command.caller().user().id());
          if (found.isEmpty()) {
            return new UpdateChannelUseCase.NotFound();
          }
          ActingMember actor = found.get().actor();
          Channel before = found.get().channel();
          if (!actor.in(before).has(Permission.MANAGE_CHANNELS)) {
            return new UpdateChannelUseCase.Forbidden();
          }
          Channel channel = before;
          if (command.name().isPresent()) {
            Optional<String> name = Channel.normalizeName(channel.kind(), command.name().get());
            if (name.isEmpty()) {
              return new UpdateChannelUseCase.InvalidName();
            }
            channel = channel.withName(name.get());
          }
          Optional<Optional<String>> topic = topic(channel, command.topic());
          if (topic.isEmpty()) {
            return new UpdateChannelUseCase.InvalidTopic();
          }
          channel = channel.withTopic(topic.get());
          switch (command.parentId()) {
            case Patch.Unchanged<ChannelId> unchanged -> {}
            case Patch.Cleared<ChannelId> cleared -> channel = channel.withParent(Optional.empty());
            case Patch.SetTo<ChannelId>(ChannelId parentId) -> {
              var parent = loadChannels.loadChannel(parentId);
              if (!ChannelLookup.isValidParent(actor, channel.kind(), parent)) {
                return new UpdateChannelUseCase.InvalidParent();
              }
              channel = channel.withParent(Optional.of(parentId));
            }
          }
          if (command.position().isPresent()) {
            if (command.position().get() < 0) {
              return new UpdateChannelUseCase.InvalidPosition();
            }
            channel = channel.withPosition(command.position().get());
          }
          if (channel.equals(before)) {
            return new UpdateChannelUseCase.Updated(channel);
          }
          saveChannels.updateChannel(channel);
          audit.record(
              actor,
              AuditAction.CHANNEL_UPDATE,
              channel.id(),
              Optional.empty(),
              Optional.of(channel.name()));
          changes.publish(new GuildEvent.ChannelUpdated(channel));
          return new UpdateChannelUseCase.Updated(channel);
        });
  }

  /**
   * The channel's topic after the patch, or empty when the patch is not allowed. A blank topic
   * clears it, as a cleared text field in a form means.
   */
  private static Optional<Optional<String>> topic(Channel channel, Patch<String> patch) {
    return switch (patch) {
      case Patch.Unchanged<String> unchanged -> Optional.of(channel.topic());
      case Patch.Cleared<String> cleared -> Optional.of(Optional.empty());
      case Patch.SetTo<String>(String text) when text.isBlank() -> Optional.of(Optional.empty());
      case Patch.SetTo<String>(String text) ->
          channel.kind() == ChannelKind.TEXT && Channel.isValidTopic(text)
              ? Optional.of(Optional.of(text))
              : Optional.empty();
    };
  }

  @Override
  public DeleteChannelUseCase.Result delete(Caller caller, ChannelId channelId) {
    return work.run(
        changes -> {
          var found = channelLookup.forUpdate(channelId, caller.user().id());
          if (found.isEmpty()) {
            return new DeleteChannelUseCase.NotFound();
          }
          ActingMember actor = found.get().actor();
          Channel channel = found.get().channel();
          if (!actor.in(channel).has(Permission.MANAGE_CHANNELS)) {
            return new DeleteChannelUseCase.Forbidden();
          }
          if (channel.kind() == ChannelKind.CATEGORY) {
            for (Channel child : loadChannels.listChannels(actor.guildId())) {
              if (child.parentId().equals(Optional.of(channel.id()))) {
                Channel orphan = child.withParent(Optional.empty());
                saveChannels.updateChannel(orphan);
                changes.publish(new GuildEvent.ChannelUpdated(orphan));
              }
            }
          }
          saveChannels.deleteChannel(channel.id());
          audit.record(
              actor,
              AuditAction.CHANNEL_DELETE,
              channel.id(),
              Optional.empty(),
              Optional.of(channel.name()));
          changes.publish(new GuildEvent.ChannelDeleted(actor.guildId(), channel.id()));
          return new Deleted();
        });
  }

  @Override
  public ListChannelsUseCase.Result channels(Caller caller, GuildId guild) {
    return lookup
        .member(guild, caller.user().id())
        .<ListChannelsUseCase.Result>map(viewer -> new Listed(views.visibleChannels(viewer)))
        .orElseGet(ListChannelsUseCase.NotFound::new);
  }
}
