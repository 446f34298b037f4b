package chat.decentra.adapter.undertow.http;

import chat.decentra.adapter.undertow.GuildUseCases;
import chat.decentra.adapter.undertow.json.JsonObject;
import chat.decentra.adapter.undertow.json.RoleJson;
import chat.decentra.application.port.in.account.Caller;
import chat.decentra.application.port.in.guild.GetGuildUseCase;
import chat.decentra.application.port.in.guild.GuildView;
import chat.decentra.application.port.in.guild.ManageRolesUseCase;
import chat.decentra.domain.guild.Role;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.id.RoleId;
import chat.decentra.domain.permission.Permissions;

/** The roles of a server. */
final class RoleEndpoints {

  private final GuildUseCases guilds;

  RoleEndpoints(GuildUseCases guilds) {
    this.guilds = guilds;
  }

  /** Every role, from the lowest rank to the highest, as any member sees them. */
  Reply list(Caller caller, ApiRequest request) {
    GuildId guild = Decode.pathId(request, "id", GuildId::parse);
    return switch (guilds.getGuild().guild(caller, guild)) {
      case GetGuildUseCase.Found(GuildView view) ->
          Reply.ok(view.roles().stream().map(RoleJson::of).toList());
      case GetGuildUseCase.NotFound notFound -> Reply.error(ApiError.NOT_FOUND);
    };
  }

  Reply create(Caller caller, ApiRequest request) {
    GuildId guild = Decode.pathId(request, "id", GuildId::parse);
    JsonObject body = request.json();
    var command =
        new ManageRolesUseCase.CreateCommand(
            caller,
            guild,
            body.requiredString("name"),
            Decode.optionalInt(body, "colour", ApiError.INVALID_COLOUR).orElse(0),
            body.optionalStringList("permissions")
                .map(Decode::permissions)
                .orElse(Permissions.none()),
            body.optionalBoolean("hoist").orElse(false));
    return switch (guilds.roles().create(command)) {
      case ManageRolesUseCase.Created(Role role) -> Reply.created(RoleJson.of(role));
      case ManageRolesUseCase.NotFound notFound -> Reply.error(ApiError.NOT_FOUND);
      case ManageRolesUseCase.Forbidden forbidden -> Reply.error(ApiError.MISSING_PERMISSION);
      case ManageRolesUseCase.InvalidName invalid -> Reply.error(ApiError.INVALID_NAME);
      case ManageRolesUseCase.InvalidColour invalid -> Reply.error(ApiError.INVALID_COLOUR);
      case ManageRolesUseCase.TooManyRoles tooMany -> Reply.error(ApiError.TOO_MANY_ROLES);
    };
  }

  Reply update(Caller caller, ApiRequest request) {
    GuildId guild = Decode.pathId(request, "id", GuildId::parse);
    RoleId role = Decode.pathId(request, "role_id", RoleId::parse);
    JsonObject body = request.json();
    Decode.refuseNull(body, "name", ApiError.INVALID_NAME);
    Decode.refuseNull(body, "colour", ApiError.INVALID_COLOUR);
    Decode.refuseNull(body, "permissions", ApiError.INVALID_PERMISSIONS);
    Decode.refuseNull(body, "hoist", ApiError.INVALID_JSON);
    Decode.refuseNull(body, "position", ApiError.INVALID_POSITION);
    var command =
        new ManageRolesUseCase.UpdateCommand(
            caller,
            guild,
            role,
            body.optionalString("name"),
            Decode.optionalInt(body, "colour", ApiError.INVALID_COLOUR),
            body.optionalStringList("permissions").map(Decode::permissions),
            body.optionalBoolean("hoist"),
            Decode.optionalInt(body, "position", ApiError.INVALID_POSITION));
    return switch (guilds.roles().update(command)) {
      case ManageRolesUseCase.Updated(Role updated) -> Reply.ok(RoleJson.of(updated));
      case ManageRolesUseCase.NotFound notFound -> Reply.error(ApiError.NOT_FOUND);
      case ManageRolesUseCase.Forbidden forbidden -> Reply.error(ApiError.MISSING_PERMISSION);
      case ManageRolesUseCase.RoleNotFound notFound -> Reply.error(ApiError.NOT_FOUND);
      case ManageRolesUseCase.InvalidName invalid -> Reply.error(ApiError.INVALID_NAME);
      case ManageRolesUseCase.InvalidColour invalid -> Reply.error(ApiError.INVALID_COLOUR);
      case ManageRolesUseCase.InvalidPosition invalid -> Reply.error(ApiError.INVALID_POSITION);
    };
  }

  Reply delete(Caller caller, ApiRequest request) {
    GuildId guild = Decode.pathId(request, "id", GuildId::parse);
    RoleId role = Decode.pathId(request, "role_id", RoleId::parse);
    return switch (guilds.roles().delete(caller, guild, role)) {
      case ManageRolesUseCase.Deleted deleted -> Reply.noContent();
      case ManageRolesUseCase.NotFound notFound -> Reply.error(ApiError.NOT_FOUND);
      case ManageRolesUseCase.Forbidden forbidden -> Reply.error(ApiError.MISSING_PERMISSION);
      case ManageRolesUseCase.RoleNotFound notFound -> Reply.error(ApiError.NOT_FOUND);
    };
  }
}
