package chat.decentra.adapter.undertow.http;

import chat.decentra.adapter.undertow.GuildUseCases;
import chat.decentra.adapter.undertow.json.AuditEntryJson;
import chat.decentra.adapter.undertow.json.GuildJson;
import chat.decentra.adapter.undertow.json.GuildViewJson;
import chat.decentra.adapter.undertow.json.JsonObject;
import chat.decentra.application.port.in.account.Caller;
import chat.decentra.application.port.in.guild.CreateGuildUseCase;
import chat.decentra.application.port.in.guild.DeleteGuildUseCase;
import chat.decentra.application.port.in.guild.GetGuildUseCase;
import chat.decentra.application.port.in.guild.GuildView;
import chat.decentra.application.port.in.guild.LeaveGuildUseCase;
import chat.decentra.application.port.in.guild.ReadAuditLogUseCase;
import chat.decentra.application.port.in.guild.SetGuildIconUseCase;
import chat.decentra.application.port.in.guild.TransferGuildOwnershipUseCase;
import chat.decentra.application.port.in.guild.UpdateGuildUseCase;
import chat.decentra.domain.audit.AuditEntry;
import chat.decentra.domain.audit.AuditEntryId;
import chat.decentra.domain.guild.Guild;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.id.Ids;
import chat.decentra.domain.user.UserId;
import java.util.List;
import java.util.Optional;

/** Servers themselves: creating, reading, renaming, icons, handing over, leaving, the audit log. */
final class GuildEndpoints {

  /** How many audit log entries a page has when the client does not say. */
  static final int DEFAULT_AUDIT_PAGE = 50;

  private final GuildUseCases guilds;

  GuildEndpoints(GuildUseCases guilds) {
    this.guilds = guilds;
  }

  Reply create(Caller caller, ApiRequest request) {
    var command = new CreateGuildUseCase.Command(caller, request.json().requiredString("name"));
    return switch (guilds.createGuild().create(command)) {
      case CreateGuildUseCase.Created(GuildView view) ->
          Reply.created(GuildViewJson.of(view, caller.user()));
      case CreateGuildUseCase.InvalidName invalid -> Reply.error(ApiError.INVALID_NAME);
      case CreateGuildUseCase.TooManyGuilds tooMany -> Reply.error(ApiError.TOO_MANY_GUILDS);
    };
  }

  Reply myGuilds(Caller caller, ApiRequest request) {
    return Reply.ok(guilds.getGuild().myGuilds(caller).stream().map(GuildJson::of).toList());
  }

  Reply guild(Caller caller, ApiRequest request) {
    return switch (guilds.getGuild().guild(caller, guildId(request))) {
      case GetGuildUseCase.Found(GuildView view) -> Reply.ok(GuildViewJson.of(view, caller.user()));
      case GetGuildUseCase.NotFound notFound -> Reply.error(ApiError.NOT_FOUND);
    };
  }

  Reply update(Caller caller, ApiRequest request) {
    GuildId guild = guildId(request);
    JsonObject body = request.json();
    Decode.refuseNull(body, "name", ApiError.INVALID_NAME);
    var command = new UpdateGuildUseCase.Command(caller, guild, body.optionalString("name"));
    return switch (guilds.updateGuild().update(command)) {
      case UpdateGuildUseCase.Updated(Guild updated) -> Reply.ok(GuildJson.of(updated));
      case UpdateGuildUseCase.NotFound notFound -> Reply.error(ApiError.NOT_FOUND);
      case UpdateGuildUseCase.Forbidden forbidden -> Reply.error(ApiError.MISSING_PERMISSION);
      case UpdateGuildUseCase.InvalidName invalid -> Reply.error(ApiError.INVALID_NAME);
    };
  }

  Reply delete(Caller caller, ApiRequest request) {
    return switch (guilds.deleteGuild().delete(caller, guildId(request))) {
      case DeleteGuildUseCase.Deleted deleted -> Reply.noContent();
      case DeleteGuildUseCase.NotFound notFound -> Reply.error(ApiError.NOT_FOUND);
      case DeleteGuildUseCase.Forbidden forbidden ->
          Reply.error(ApiError.MISSING_PERMISSION.withMessage("Only the owner can do this."));
    };
  }

  Reply uploadIcon(Caller caller, ApiRequest request) {
    return switch (guilds.setIcon().upload(caller, guildId(request), request.bytes())) {
      case SetGuildIconUseCase.Updated(Guild updated) -> Reply.ok(GuildJson.of(updated));
      case SetGuildIconUseCase.NotFound notFound -> Reply.error(ApiError.NOT_FOUND);
      case SetGuildIconUseCase.Forbidden forbidden -> Reply.error(ApiError.MISSING_PERMISSION);
      case SetGuildIconUseCase.NotAnImage notAnImage -> Reply.error(ApiError.INVALID_IMAGE);
      case SetGuildIconUseCase.TooLarge tooLarge -> Reply.error(ApiError.PAYLOAD_TOO_LARGE);
    };
  }

  Reply removeIcon(Caller caller, ApiRequest request) {
    return switch (guilds.setIcon().remove(caller, guildId(request))) {
      case SetGuildIconUseCase.Updated(Guild updated) -> Reply.ok(GuildJson.of(updated));
      case SetGuildIconUseCase.NotFound notFound -> Reply.error(ApiError.NOT_FOUND);
      case SetGuildIconUseCase.Forbidden forbidden -> Reply.error(ApiError.MISSING_PERMISSION);
    };
  }

  /** Icons are public like avatars: invite previews show them to people who are not members. */
  Reply iconImage(ApiRequest request) {
    return GuildId.parse(request.parameter("id"))
        .flatMap(guilds.icon()::icon)
        .map(
            icon ->
                ImageReplies.versioned(
                    request, icon.type().mediaType(), icon.version(), icon.data()))
        .orElseGet(() -> Reply.error(ApiError.NOT_FOUND));
  }

  Reply transferOwnership(Caller caller, ApiRequest request) {
    GuildId guild = guildId(request);
    UserId newOwner = Decode.requiredBodyId(request.json(), "user_id", UserId::new);
    return switch (guilds.transferOwnership().transfer(caller, guild, newOwner)) {
      case TransferGuildOwnershipUseCase.Transferred(Guild updated) ->
          Reply.ok(GuildJson.of(updated));
      case TransferGuildOwnershipUseCase.NotFound notFound -> Reply.error(ApiError.NOT_FOUND);
      case TransferGuildOwnershipUseCase.Forbidden forbidden ->
          Reply.error(ApiError.MISSING_PERMISSION.withMessage("Only the owner can do this."));
      case TransferGuildOwnershipUseCase.MemberNotFound notAMember ->
          Reply.error(ApiError.NOT_FOUND.withMessage("The new owner must be a member."));
    };
  }

  Reply leave(Caller caller, ApiRequest request) {
    return switch (guilds.leave().leave(caller, guildId(request))) {
      case LeaveGuildUseCase.Left left -> Reply.noContent();
      case LeaveGuildUseCase.NotFound notFound -> Reply.error(ApiError.NOT_FOUND);
      case LeaveGuildUseCase.OwnerMustTransfer owner -> Reply.error(ApiError.OWNER_MUST_TRANSFER);
    };
  }

  Reply auditLog(Caller caller, ApiRequest request) {
    GuildId guild = guildId(request);
    Optional<AuditEntryId> before =
        request.query("before").map(text -> query(AuditEntryId.parse(text), "before"));
    int limit =
        request
            .query("limit")
            .map(text -> query(Ids.parsePositiveLong(text), "limit"))
            .map(value -> (int) Math.min(value, Integer.MAX_VALUE))
            .orElse(DEFAULT_AUDIT_PAGE);
    var query = new ReadAuditLogUseCase.Query(caller, guild, before, limit);
    return switch (guilds.auditLog().read(query)) {
      case ReadAuditLogUseCase.Listed(List<AuditEntry> entries) ->
          Reply.ok(entries.stream().map(AuditEntryJson::of).toList());
      case ReadAuditLogUseCase.NotFound notFound -> Reply.error(ApiError.NOT_FOUND);
      case ReadAuditLogUseCase.Forbidden forbidden -> Reply.error(ApiError.MISSING_PERMISSION);
    };
  }

  private static <T> T query(Optional<T> parsed, String name) {
    return parsed.orElseThrow(
        () ->
            Decode.rejected(
                ApiError.INVALID_QUERY.withMessage(
                    "\"" + name + "\" must be a positive whole number.")));
  }

  private static GuildId guildId(ApiRequest request) {
    return Decode.pathId(request, "id", GuildId::parse);
  }
}
