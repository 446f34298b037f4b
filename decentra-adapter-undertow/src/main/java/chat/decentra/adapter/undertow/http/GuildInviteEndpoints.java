package chat.decentra.adapter.undertow.http;

import chat.decentra.adapter.undertow.GuildUseCases;
import chat.decentra.adapter.undertow.json.GuildInviteJson;
import chat.decentra.adapter.undertow.json.GuildViewJson;
import chat.decentra.adapter.undertow.json.InvitePreviewJson;
import chat.decentra.application.port.in.account.Caller;
import chat.decentra.application.port.in.guild.AcceptGuildInviteUseCase;
import chat.decentra.application.port.in.guild.GuildInvitePreview;
import chat.decentra.application.port.in.guild.GuildView;
import chat.decentra.application.port.in.guild.ManageGuildInvitesUseCase;
import chat.decentra.application.port.in.guild.PreviewGuildInviteUseCase;
import chat.decentra.domain.channel.ChannelId;
import chat.decentra.domain.guild.GuildInvite;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.invite.InviteLimits;
import chat.decentra.domain.invite.InviteState;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Invites to a server: making, listing and revoking them, and, for anyone holding a code, seeing
 * what it leads to and joining through it. Unknown codes are throttled by the use cases.
 */
final class GuildInviteEndpoints {

  private final GuildUseCases guilds;
  private final InviteLinks links;

  GuildInviteEndpoints(GuildUseCases guilds, Optional<URI> publicUrl) {
    this.guilds = guilds;
    this.links = new InviteLinks(publicUrl);
  }

  Reply create(Caller caller, ApiRequest request) {
    GuildId guild = Decode.pathId(request, "id", GuildId::parse);
    InviteLimits limits =
        Decode.inviteLimits(request.json())
            .orElseThrow(() -> Decode.rejected(ApiError.INVALID_INVITE_OPTIONS));
    Optional<ChannelId> channel = Decode.bodyId(request.json(), "channel_id", ChannelId::new);
    var command = new ManageGuildInvitesUseCase.Command(caller, guild, channel, limits);
    return switch (guilds.invites().create(command)) {
      case ManageGuildInvitesUseCase.Created(GuildInvite invite) ->
          Reply.created(GuildInviteJson.of(invite, links.baseUrl(request.source())));
      case ManageGuildInvitesUseCase.NotFound notFound -> Reply.error(ApiError.NOT_FOUND);
      case ManageGuildInvitesUseCase.Forbidden forbidden ->
          Reply.error(ApiError.MISSING_PERMISSION);
      case ManageGuildInvitesUseCase.ChannelNotFound notFound ->
          Reply.error(ApiError.NOT_FOUND.withMessage("No such channel in this server."));
    };
  }

  Reply list(Caller caller, ApiRequest request) {
    GuildId guild = Decode.pathId(request, "id", GuildId::parse);
    return switch (guilds.invites().list(caller, guild)) {
      case ManageGuildInvitesUseCase.Listed(List<GuildInvite> invites) -> {
        String base = links.baseUrl(request.source());
        yield Reply.ok(invites.stream().map(invite -> GuildInviteJson.of(invite, base)).toList());
      }
      case ManageGuildInvitesUseCase.NotFound notFound -> Reply.error(ApiError.NOT_FOUND);
      case ManageGuildInvitesUseCase.Forbidden forbidden ->
          Reply.error(ApiError.MISSING_PERMISSION);
    };
  }

  /** Revokes the server's invite with that code; another server's code is not found. */
  Reply revoke(Caller caller, ApiRequest request) {
    GuildId guild = Decode.pathId(request, "id", GuildId::parse);
    return switch (guilds.invites().revoke(caller, guild, request.parameter("code"))) {
      case ManageGuildInvitesUseCase.Revoked revoked -> Reply.noContent();
      case ManageGuildInvitesUseCase.NotFound notFound -> Reply.error(ApiError.NOT_FOUND);
      case ManageGuildInvitesUseCase.Forbidden forbidden ->
          Reply.error(ApiError.MISSING_PERMISSION);
    };
  }

  /** Open to anyone holding the code, signed in or not. */
  Reply preview(ApiRequest request) {
    return switch (guilds.previewInvite().preview(request.parameter("code"), request.client())) {
      case PreviewGuildInviteUseCase.Preview(GuildInvitePreview preview) ->
          Reply.ok(InvitePreviewJson.of(preview));
      case PreviewGuildInviteUseCase.Unknown unknown -> Reply.error(ApiError.GUILD_INVITE_UNKNOWN);
      case PreviewGuildInviteUseCase.Unusable(InviteState state) -> Reply.error(unusable(state));
      case PreviewGuildInviteUseCase.Throttled(Duration retryAfter) ->
          Reply.rateLimited(retryAfter);
    };
  }

  Reply accept(Caller caller, ApiRequest request) {
    String code = request.parameter("code");
    return switch (guilds.acceptInvite().accept(caller, code, request.client())) {
      case AcceptGuildInviteUseCase.Joined(GuildView view) ->
          Reply.ok(GuildViewJson.of(view, caller.user()));
      case AcceptGuildInviteUseCase.AlreadyMember(GuildView view) ->
          Reply.ok(GuildViewJson.of(view, caller.user()));
      case AcceptGuildInviteUseCase.Unknown unknown -> Reply.error(ApiError.GUILD_INVITE_UNKNOWN);
      case AcceptGuildInviteUseCase.Unusable(InviteState state) -> Reply.error(unusable(state));
      case AcceptGuildInviteUseCase.Banned banned -> Reply.error(ApiError.BANNED);
      case AcceptGuildInviteUseCase.TooManyGuilds tooMany -> Reply.error(ApiError.TOO_MANY_GUILDS);
      case AcceptGuildInviteUseCase.Throttled(Duration retryAfter) -> Reply.rateLimited(retryAfter);
    };
  }

  private static ApiError unusable(InviteState state) {
    return switch (state) {
      case EXPIRED -> ApiError.GUILD_INVITE_EXPIRED;
      case USED_UP -> ApiError.GUILD_INVITE_USED_UP;
      case REVOKED -> ApiError.GUILD_INVITE_REVOKED;
      case USABLE -> throw new IllegalStateException("a usable invite was reported unusable");
    };
  }
}
