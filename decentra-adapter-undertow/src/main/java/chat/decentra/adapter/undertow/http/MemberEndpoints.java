package chat.decentra.adapter.undertow.http;

import chat.decentra.adapter.undertow.GuildUseCases;
import chat.decentra.adapter.undertow.json.BanJson;
import chat.decentra.adapter.undertow.json.JsonObject;
import chat.decentra.adapter.undertow.json.MemberJson;
import chat.decentra.application.port.in.account.Caller;
import chat.decentra.application.port.in.account.GetUserUseCase;
import chat.decentra.application.port.in.guild.AssignRoleUseCase;
import chat.decentra.application.port.in.guild.KickMemberUseCase;
import chat.decentra.application.port.in.guild.ListMembersUseCase;
import chat.decentra.application.port.in.guild.ManageBansUseCase;
import chat.decentra.application.port.in.guild.MemberProfile;
import chat.decentra.application.port.in.guild.SetNicknameUseCase;
import chat.decentra.domain.guild.Ban;
import chat.decentra.domain.guild.Member;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.id.RoleId;
import chat.decentra.domain.user.UserId;
import java.util.List;
import java.util.Optional;

/** The members of a server: listing, nicknames, roles, kicks and bans. */
final class MemberEndpoints {

  private final GuildUseCases guilds;
  private final GetUserUseCase users;

  MemberEndpoints(GuildUseCases guilds, GetUserUseCase users) {
    this.guilds = guilds;
    this.users = users;
  }

  Reply list(Caller caller, ApiRequest request) {
    return switch (guilds.members().members(caller, guildId(request))) {
      case ListMembersUseCase.Listed(List<MemberProfile> members) ->
          Reply.ok(members.stream().map(m -> MemberJson.of(m.member(), m.user())).toList());
      case ListMembersUseCase.NotFound notFound -> Reply.error(ApiError.NOT_FOUND);
    };
  }

  /** {@code {"nick"}} must be there: a string sets the nickname, {@code null} clears it. */
  Reply setNickname(Caller caller, ApiRequest request) {
    GuildId guild = guildId(request);
    UserId member = memberId(request);
    JsonObject body = request.json();
    if (!body.has("nick")) {
      throw Decode.rejected(ApiError.INVALID_JSON.withMessage("\"nick\" is required."));
    }
    var command =
        new SetNicknameUseCase.Command(caller, guild, member, body.optionalString("nick"));
    return switch (guilds.setNickname().setNickname(command)) {
      case SetNicknameUseCase.Updated(Member updated) -> memberReply(caller, updated);
      case SetNicknameUseCase.NotFound notFound -> Reply.error(ApiError.NOT_FOUND);
      case SetNicknameUseCase.Forbidden forbidden -> Reply.error(ApiError.MISSING_PERMISSION);
      case SetNicknameUseCase.MemberNotFound notFound -> Reply.error(ApiError.NOT_FOUND);
      case SetNicknameUseCase.InvalidNickname invalid -> Reply.error(ApiError.INVALID_NICKNAME);
    };
  }

  Reply kick(Caller caller, ApiRequest request) {
    var command =
        new KickMemberUseCase.Command(
            caller, guildId(request), memberId(request), reason(request.json()));
    return switch (guilds.kick().kick(command)) {
      case KickMemberUseCase.Kicked kicked -> Reply.noContent();
      case KickMemberUseCase.NotFound notFound -> Reply.error(ApiError.NOT_FOUND);
      case KickMemberUseCase.Forbidden forbidden -> Reply.error(ApiError.MISSING_PERMISSION);
      case KickMemberUseCase.MemberNotFound notFound -> Reply.error(ApiError.NOT_FOUND);
      case KickMemberUseCase.InvalidReason invalid -> Reply.error(ApiError.INVALID_REASON);
    };
  }

  Reply assignRole(Caller caller, ApiRequest request) {
    return roleReply(
        guilds.assignRoles().assign(caller, guildId(request), memberId(request), roleId(request)));
  }

  Reply unassignRole(Caller caller, ApiRequest request) {
    return roleReply(
        guilds
            .assignRoles()
            .unassign(caller, guildId(request), memberId(request), roleId(request)));
  }

  Reply bans(Caller caller, ApiRequest request) {
    return switch (guilds.bans().bans(caller, guildId(request))) {
      case ManageBansUseCase.Listed(List<Ban> bans) ->
          Reply.ok(
              bans.stream()
                  .flatMap(ban -> users.user(ban.userId()).map(u -> BanJson.of(ban, u)).stream())
                  .toList());
      case ManageBansUseCase.NotFound notFound -> Reply.error(ApiError.NOT_FOUND);
      case ManageBansUseCase.Forbidden forbidden -> Reply.error(ApiError.MISSING_PERMISSION);
    };
  }

  Reply ban(Caller caller, ApiRequest request) {
    var command =
        new ManageBansUseCase.Command(
            caller, guildId(request), memberId(request), reason(request.json()));
    return switch (guilds.bans().ban(command)) {
      case ManageBansUseCase.Banned banned -> Reply.noContent();
      case ManageBansUseCase.NotFound notFound -> Reply.error(ApiError.NOT_FOUND);
      case ManageBansUseCase.Forbidden forbidden -> Reply.error(ApiError.MISSING_PERMISSION);
      case ManageBansUseCase.UserNotFound notFound -> Reply.error(ApiError.NOT_FOUND);
      case ManageBansUseCase.InvalidReason invalid -> Reply.error(ApiError.INVALID_REASON);
    };
  }

  Reply unban(Caller caller, ApiRequest request) {
    return switch (guilds.bans().unban(caller, guildId(request), memberId(request))) {
      case ManageBansUseCase.Unbanned unbanned -> Reply.noContent();
      case ManageBansUseCase.NotFound notFound -> Reply.error(ApiError.NOT_FOUND);
      case ManageBansUseCase.Forbidden forbidden -> Reply.error(ApiError.MISSING_PERMISSION);
      case ManageBansUseCase.NotBanned notBanned -> Reply.error(ApiError.NOT_BANNED);
    };
  }

  private static Reply roleReply(AssignRoleUseCase.Result result) {
    return switch (result) {
      case AssignRoleUseCase.Updated updated -> Reply.noContent();
      case AssignRoleUseCase.NotFound notFound -> Reply.error(ApiError.NOT_FOUND);
      case AssignRoleUseCase.Forbidden forbidden -> Reply.error(ApiError.MISSING_PERMISSION);
      case AssignRoleUseCase.MemberNotFound notFound -> Reply.error(ApiError.NOT_FOUND);
      case AssignRoleUseCase.RoleNotFound notFound -> Reply.error(ApiError.NOT_FOUND);
    };
  }

  private Reply memberReply(Caller caller, Member member) {
    Optional<MemberJson> json =
        member.userId().equals(caller.user().id())
            ? Optional.of(MemberJson.of(member, caller.user()))
            : users.user(member.userId()).map(user -> MemberJson.of(member, user));
    return json.map(Reply::ok).orElseGet(() -> Reply.error(ApiError.NOT_FOUND));
  }

  /** A reason for the audit log; a blank one, as an empty form field sends, is no reason. */
  private static Optional<String> reason(JsonObject body) {
    return body.optionalString("reason").filter(text -> !text.isBlank());
  }

  private static GuildId guildId(ApiRequest request) {
    return Decode.pathId(request, "id", GuildId::parse);
  }

  private static UserId memberId(ApiRequest request) {
    return Decode.pathId(request, "user_id", UserId::parse);
  }

  private static RoleId roleId(ApiRequest request) {
    return Decode.pathId(request, "role_id", RoleId::parse);
  }
}
