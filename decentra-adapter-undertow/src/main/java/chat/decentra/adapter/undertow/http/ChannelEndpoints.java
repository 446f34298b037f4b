package chat.decentra.adapter.undertow.http;

import chat.decentra.adapter.undertow.GuildUseCases;
import chat.decentra.adapter.undertow.json.ChannelJson;
import chat.decentra.adapter.undertow.json.JsonObject;
import chat.decentra.application.port.in.account.Caller;
import chat.decentra.application.port.in.guild.ChannelAccess;
import chat.decentra.application.port.in.guild.CreateChannelUseCase;
import chat.decentra.application.port.in.guild.DeleteChannelUseCase;
import chat.decentra.application.port.in.guild.GetGuildUseCase;
import chat.decentra.application.port.in.guild.GuildView;
import chat.decentra.application.port.in.guild.ManageChannelOverwritesUseCase;
import chat.decentra.application.port.in.guild.ReorderChannelsUseCase;
import chat.decentra.application.port.in.guild.UpdateChannelUseCase;
import chat.decentra.domain.channel.Channel;
import chat.decentra.domain.channel.ChannelId;
import chat.decentra.domain.channel.ChannelKind;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.id.RoleId;
import chat.decentra.domain.permission.OverwriteTarget;
import chat.decentra.domain.permission.Permissions;
import chat.decentra.domain.user.UserId;
import java.util.List;

/** The channels of a server and their permission overwrites. */
final class ChannelEndpoints {

  private final GuildUseCases guilds;

  ChannelEndpoints(GuildUseCases guilds) {
    this.guilds = guilds;
  }

  /** The caller's view of the guild has the channels they may view with their permissions. */
  Reply list(Caller caller, ApiRequest request) {
    GuildId guild = Decode.pathId(request, "id", GuildId::parse);
    return switch (guilds.getGuild().guild(caller, guild)) {
      case GetGuildUseCase.Found(GuildView view) ->
          Reply.ok(
              view.channels().stream()
                  .map(
                      channel ->
                          ChannelJson.of(
                              channel,
                              view.channelPermissions()
                                  .getOrDefault(channel.id(), Permissions.none())))
                  .toList());
      case GetGuildUseCase.NotFound notFound -> Reply.error(ApiError.NOT_FOUND);
    };
  }

  Reply create(Caller caller, ApiRequest request) {
    GuildId guild = Decode.pathId(request, "id", GuildId::parse);
    JsonObject body = request.json();
    ChannelKind kind =
        ChannelKind.fromWireName(body.requiredString("type"))
            .orElseThrow(() -> Decode.rejected(ApiError.INVALID_TYPE));
    var command =
        new CreateChannelUseCase.Command(
            caller,
            guild,
            kind,
            body.requiredString("name"),
            body.optionalString("topic"),
            Decode.bodyId(body, "parent_id", ChannelId::new),
            Decode.optionalInt(body, "position", ApiError.INVALID_POSITION));
    return switch (guilds.createChannel().create(command)) {
      case CreateChannelUseCase.Created(Channel channel) ->
          Reply.created(asSeenBy(caller, channel));
      case CreateChannelUseCase.NotFound notFound -> Reply.error(ApiError.NOT_FOUND);
      case CreateChannelUseCase.Forbidden forbidden -> Reply.error(ApiError.MISSING_PERMISSION);
      case CreateChannelUseCase.InvalidName invalid -> Reply.error(ApiError.INVALID_NAME);
      case CreateChannelUseCase.InvalidTopic invalid -> Reply.error(ApiError.INVALID_TOPIC);
      case CreateChannelUseCase.InvalidParent invalid -> Reply.error(ApiError.INVALID_PARENT);
      case CreateChannelUseCase.InvalidPosition invalid -> Reply.error(ApiError.INVALID_POSITION);
      case CreateChannelUseCase.TooManyChannels tooMany -> Reply.error(ApiError.TOO_MANY_CHANNELS);
    };
  }

  Reply reorder(Caller caller, ApiRequest request) {
    GuildId guild = Decode.pathId(request, "id", GuildId::parse);
    List<ReorderChannelsUseCase.Move> moves =
        request.items().stream()
            .map(
                item ->
                    new ReorderChannelsUseCase.Move(
                        Decode.requiredBodyId(item, "id", ChannelId::new),
                        Decode.requiredInt(item, "position", ApiError.INVALID_POSITION),
                        Decode.idPatch(item, "parent_id", ChannelId::new)))
            .toList();
    var command = new ReorderChannelsUseCase.Command(caller, guild, moves);
    return switch (guilds.reorderChannels().reorder(command)) {
      case ReorderChannelsUseCase.Reordered reordered -> Reply.noContent();
      case ReorderChannelsUseCase.NotFound notFound -> Reply.error(ApiError.NOT_FOUND);
      case ReorderChannelsUseCase.Forbidden forbidden -> Reply.error(ApiError.MISSING_PERMISSION);
      case ReorderChannelsUseCase.UnknownChannel(ChannelId channel) ->
          Reply.error(
              ApiError.NOT_FOUND.withMessage(
                  "Channel " + channel + " is not a channel of this server, or named twice."));
      case ReorderChannelsUseCase.InvalidParent(ChannelId channel) ->
          Reply.error(ApiError.INVALID_PARENT.withMessage(about(channel, ApiError.INVALID_PARENT)));
      case ReorderChannelsUseCase.InvalidPosition(ChannelId channel) ->
          Reply.error(
              ApiError.INVALID_POSITION.withMessage(about(channel, ApiError.INVALID_POSITION)));
    };
  }

  Reply update(Caller caller, ApiRequest request) {
    ChannelId channel = Decode.pathId(request, "id", ChannelId::parse);
    JsonObject body = request.json();
    Decode.refuseNull(body, "name", ApiError.INVALID_NAME);
    Decode.refuseNull(body, "position", ApiError.INVALID_POSITION);
    var command =
        new UpdateChannelUseCase.Command(
            caller,
            channel,
            body.optionalString("name"),
            body.stringPatch("topic"),
            Decode.idPatch(body, "parent_id", ChannelId::new),
            Decode.optionalInt(body, "position", ApiError.INVALID_POSITION));
    return switch (guilds.updateChannel().update(command)) {
      case UpdateChannelUseCase.Updated(Channel updated) -> Reply.ok(asSeenBy(caller, updated));
      case UpdateChannelUseCase.NotFound notFound -> Reply.error(ApiError.NOT_FOUND);
      case UpdateChannelUseCase.Forbidden forbidden -> Reply.error(ApiError.MISSING_PERMISSION);
      case UpdateChannelUseCase.InvalidName invalid -> Reply.error(ApiError.INVALID_NAME);
      case UpdateChannelUseCase.InvalidTopic invalid -> Reply.error(ApiError.INVALID_TOPIC);
      case UpdateChannelUseCase.InvalidParent invalid -> Reply.error(ApiError.INVALID_PARENT);
      case UpdateChannelUseCase.InvalidPosition invalid -> Reply.error(ApiError.INVALID_POSITION);
    };
  }

  Reply delete(Caller caller, ApiRequest request) {
    ChannelId channel = Decode.pathId(request, "id", ChannelId::parse);
    return switch (guilds.deleteChannel().delete(caller, channel)) {
      case DeleteChannelUseCase.Deleted deleted -> Reply.noContent();
      case DeleteChannelUseCase.NotFound notFound -> Reply.error(ApiError.NOT_FOUND);
      case DeleteChannelUseCase.Forbidden forbidden -> Reply.error(ApiError.MISSING_PERMISSION);
    };
  }

  Reply setOverwrite(Caller caller, ApiRequest request) {
    ChannelId channel = Decode.pathId(request, "id", ChannelId::parse);
    OverwriteTarget target = target(request);
    JsonObject body = request.json();
    var command =
        new ManageChannelOverwritesUseCase.Command(
            caller,
            channel,
            target,
            Decode.permissions(body.optionalStringList("allow").orElse(List.of())),
            Decode.permissions(body.optionalStringList("deny").orElse(List.of())));
    return switch (guilds.overwrites().set(command)) {
      case ManageChannelOverwritesUseCase.Updated updated -> Reply.noContent();
      case ManageChannelOverwritesUseCase.NotFound notFound -> Reply.error(ApiError.NOT_FOUND);
      case ManageChannelOverwritesUseCase.Forbidden forbidden ->
          Reply.error(ApiError.MISSING_PERMISSION);
      case ManageChannelOverwritesUseCase.TargetNotFound notFound ->
          Reply.error(ApiError.NOT_FOUND.withMessage("No such role or member in this server."));
      case ManageChannelOverwritesUseCase.InvalidPermissions invalid ->
          Reply.error(
              ApiError.INVALID_PERMISSIONS.withMessage(
                  "Overwrites take channel permissions only, none both allowed and denied."));
    };
  }

  Reply deleteOverwrite(Caller caller, ApiRequest request) {
    ChannelId channel = Decode.pathId(request, "id", ChannelId::parse);
    OverwriteTarget target = target(request);
    return switch (guilds.overwrites().delete(caller, channel, target)) {
      case ManageChannelOverwritesUseCase.Updated updated -> Reply.noContent();
      case ManageChannelOverwritesUseCase.NotFound notFound -> Reply.error(ApiError.NOT_FOUND);
      case ManageChannelOverwritesUseCase.Forbidden forbidden ->
          Reply.error(ApiError.MISSING_PERMISSION);
    };
  }

  /** {@code role/{id}} or {@code member/{id}}; anything else is not a route. */
  private static OverwriteTarget target(ApiRequest request) {
    return switch (request.parameter("kind")) {
      case "role" ->
          new OverwriteTarget.ForRole(Decode.pathId(request, "target_id", RoleId::parse));
      case "member" ->
          new OverwriteTarget.ForMember(Decode.pathId(request, "target_id", UserId::parse));
      default -> throw Decode.rejected(ApiError.NOT_FOUND);
    };
  }

  /** The channel with the caller's permissions in it, as a fresh look shows them. */
  private ChannelJson asSeenBy(Caller caller, Channel channel) {
    Permissions permissions =
        guilds
            .access()
            .channelAccess(caller.user().id(), channel.id())
            .map(ChannelAccess::permissions)
            .orElse(Permissions.none());
    return ChannelJson.of(channel, permissions);
  }

  private static String about(ChannelId channel, ApiError error) {
    return "Channel " + channel + ": " + error.message();
  }
}
