package chat.decentra.adapter.undertow.http;

import chat.decentra.adapter.undertow.edge.RequestSource;
import chat.decentra.adapter.undertow.json.InstanceJson;
import chat.decentra.adapter.undertow.json.InviteJson;
import chat.decentra.adapter.undertow.json.JsonObject;
import chat.decentra.application.port.in.account.Caller;
import chat.decentra.application.port.in.instance.GetInstanceInfoUseCase;
import chat.decentra.application.port.in.instance.InstanceInfo;
import chat.decentra.application.port.in.instance.ManageInstanceInvitesUseCase;
import chat.decentra.application.port.in.instance.UpdateInstanceSettingsUseCase;
import chat.decentra.domain.invite.InstanceInvite;
import chat.decentra.domain.invite.InviteCode;
import chat.decentra.domain.invite.InviteLimits;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/** The instance's public facts and settings, and its invites. */
final class InstanceEndpoints {

  private final GetInstanceInfoUseCase info;
  private final UpdateInstanceSettingsUseCase settings;
  private final ManageInstanceInvitesUseCase invites;
  private final Optional<String> publicUrl;

  InstanceEndpoints(
      GetInstanceInfoUseCase info,
      UpdateInstanceSettingsUseCase settings,
      ManageInstanceInvitesUseCase invites,
      Optional<URI> publicUrl) {
    this.info = info;
    this.settings = settings;
    this.invites = invites;
    this.publicUrl = publicUrl.map(url -> url.toString().replaceAll("/+$", ""));
  }

  Reply instance(ApiRequest request) {
    return Reply.ok(InstanceJson.of(info.info()));
  }

  Reply updateInstance(Caller caller, ApiRequest request) {
    boolean membersCanInvite = request.json().requiredBoolean("members_can_invite");
    return switch (settings.update(caller, membersCanInvite)) {
      case UpdateInstanceSettingsUseCase.Updated(InstanceInfo updated) ->
          Reply.ok(InstanceJson.of(updated));
      case UpdateInstanceSettingsUseCase.Forbidden forbidden -> Reply.error(ApiError.FORBIDDEN);
    };
  }

  Reply createInvite(Caller caller, ApiRequest request) {
    Optional<InviteLimits> limits = limits(request.json());
    if (limits.isEmpty()) {
      return Reply.error(ApiError.INVALID_INVITE_OPTIONS);
    }
    return switch (invites.create(caller, limits.get())) {
      case ManageInstanceInvitesUseCase.Created(InstanceInvite invite) ->
          Reply.created(InviteJson.of(invite, baseUrl(request.source())));
      case ManageInstanceInvitesUseCase.CreateForbidden forbidden ->
          Reply.error(ApiError.FORBIDDEN);
    };
  }

  Reply listInvites(Caller caller, ApiRequest request) {
    String base = baseUrl(request.source());
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

  /** The limits asked for, or empty when out of range. */
  private static Optional<InviteLimits> limits(JsonObject body) {
    OptionalLong maxUses = body.optionalWholeNumber("max_uses");
    OptionalLong maxAgeSeconds = body.optionalWholeNumber("max_age_seconds");
    if (maxUses.isPresent()
        && (maxUses.getAsLong() < 1 || maxUses.getAsLong() > InviteLimits.MAX_USES_LIMIT)) {
      return Optional.empty();
    }
    Optional<Integer> uses =
        maxUses.isPresent() ? Optional.of((int) maxUses.getAsLong()) : Optional.empty();
    Optional<Duration> age =
        maxAgeSeconds.isPresent()
            ? Optional.of(Duration.ofSeconds(maxAgeSeconds.getAsLong()))
            : Optional.empty();
    return InviteLimits.isValid(uses, age)
        ? Optional.of(new InviteLimits(uses, age))
        : Optional.empty();
  }

  /** Where invite links point: the public URL, else where this request was addressed. */
  private String baseUrl(RequestSource source) {
    return publicUrl.orElseGet(
        () -> source.host().isEmpty() ? "" : source.scheme() + "://" + source.host());
  }
}
