package chat.decentra.adapter.undertow.http;

import chat.decentra.adapter.undertow.json.InstanceJson;
import chat.decentra.adapter.undertow.json.InvalidJsonException;
import chat.decentra.adapter.undertow.json.InviteJson;
import chat.decentra.application.port.in.account.Caller;
import chat.decentra.application.port.in.instance.GetInstanceInfoUseCase;
import chat.decentra.application.port.in.instance.InstanceInfo;
import chat.decentra.application.port.in.instance.ManageInstanceInvitesUseCase;
import chat.decentra.application.port.in.instance.UpdateInstanceSettingsUseCase;
import chat.decentra.domain.invite.InstanceInvite;
import chat.decentra.domain.invite.InviteCode;
import chat.decentra.domain.invite.InviteLimits;
import java.net.URI;
import java.util.Optional;

/** The instance's public facts and settings, and its invites. */
final class InstanceEndpoints {

  private final GetInstanceInfoUseCase info;
  private final UpdateInstanceSettingsUseCase settings;
  private final ManageInstanceInvitesUseCase invites;
  private final InviteLinks links;

  InstanceEndpoints(
      GetInstanceInfoUseCase info,
      UpdateInstanceSettingsUseCase settings,
      ManageInstanceInvitesUseCase invites,
      Optional<URI> publicUrl) {
    this.info = info;
    this.settings = settings;
    this.invites = invites;
    this.links = new InviteLinks(publicUrl);
  }

  Reply instance(ApiRequest request) {
    return Reply.ok(InstanceJson.of(info.info()));
  }

  Reply updateInstance(Caller caller, ApiRequest request) {
    var json = request.json();
    var changes =
        new UpdateInstanceSettingsUseCase.Changes(
            json.optionalBoolean("members_can_invite"),
            json.optionalBoolean("guild_invites_allow_sign_up"));
    if (changes.membersCanInvite().isEmpty() && changes.guildInvitesAllowSignUp().isEmpty()) {
      throw new InvalidJsonException(
          "Give \"members_can_invite\" or \"guild_invites_allow_sign_up\" as true or false.");
    }
    return switch (settings.update(caller, changes)) {
      case UpdateInstanceSettingsUseCase.Updated(InstanceInfo updated) ->
          Reply.ok(InstanceJson.of(updated));
      case UpdateInstanceSettingsUseCase.Forbidden forbidden -> Reply.error(ApiError.FORBIDDEN);
    };
  }

  Reply createInvite(Caller caller, ApiRequest request) {
    Optional<InviteLimits> limits = Decode.inviteLimits(request.json());
    if (limits.isEmpty()) {
      return Reply.error(ApiError.INVALID_INVITE_OPTIONS);
    }
    return switch (invites.create(caller, limits.get())) {
      case ManageInstanceInvitesUseCase.Created(InstanceInvite invite) ->
          Reply.created(InviteJson.of(invite, links.baseUrl(request.source())));
      case ManageInstanceInvitesUseCase.CreateForbidden forbidden ->
          Reply.error(ApiError.FORBIDDEN);
    };
  }

  Reply listInvites(Caller caller, ApiRequest request) {
    String base = links.baseUrl(request.source());
    return Reply.ok(invites.list(caller).stream().map(i -> InviteJson.of(i, base)).toList());
  }

  Reply revokeInvite(Caller caller, ApiRequest request) {
    String code = request.parameter("code");
    if (!InviteCode.isWellFormed(code)) {
      return Reply.error(ApiError.NOT_FOUND);
    }
    return switch (invites.revoke(caller, code)) {
      case ManageInstanceInvitesUseCase.Revoked revoked -> Reply.noContent();
      case ManageInstanceInvitesUseCase.NotFound notFound -> Reply.error(ApiError.NOT_FOUND);
    };
  }
}
