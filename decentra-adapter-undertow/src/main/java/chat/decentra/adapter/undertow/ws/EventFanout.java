package chat.decentra.adapter.undertow.ws;

import chat.decentra.adapter.undertow.json.UserJson;
import chat.decentra.domain.event.DomainEvent;
import chat.decentra.domain.guild.GuildEvent;
import chat.decentra.domain.id.SessionId;
import chat.decentra.domain.user.User;
import chat.decentra.domain.user.UserEvent;
import chat.decentra.domain.user.UserId;
import java.util.Collection;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Turns committed domain events into gateway traffic: encodes each event once, and only when some
 * socket here needs it, then hands it to those sockets without waiting for any of them. A user's
 * own events go to their sockets at once; guild events, which need the application's word on who
 * may see them, are handed to {@link GuildFanout}, which works on them off the publisher's thread.
 */
final class EventFanout implements Consumer<DomainEvent> {

  private final SocketRegistry registry;
  private final GuildFanout guilds;

  EventFanout(SocketRegistry registry, GuildFanout guilds) {
    this.registry = registry;
    this.guilds = guilds;
  }

  @Override
  public void accept(DomainEvent event) {
    if (event instanceof UserEvent userEvent) {
      onUserEvent(userEvent);
    } else if (event instanceof GuildEvent guildEvent) {
      guilds.accept(guildEvent);
    }
  }

  private void onUserEvent(UserEvent event) {
    switch (event) {
      case UserEvent.ProfileUpdated(User user) ->
          toSockets(registry.ofUser(user.id()), "USER_UPDATE", UserJson.self(user));
      case UserEvent.SessionsRevoked(UserId user, Set<SessionId> sessions) -> {
        for (SessionId session : sessions) {
          for (GatewaySession socket : registry.revoke(session)) {
            socket.closeFromAnyThread(CloseCodes.SESSION_REVOKED, "session revoked");
          }
        }
      }
    }
  }

  private static void toSockets(Collection<GatewaySession> sockets, String type, Object data) {
    if (sockets.isEmpty()) {
      return;
    }
    PreparedEvent prepared = PreparedEvent.of(type, data);
    for (GatewaySession socket : sockets) {
      socket.dispatch(prepared);
    }
  }
}
