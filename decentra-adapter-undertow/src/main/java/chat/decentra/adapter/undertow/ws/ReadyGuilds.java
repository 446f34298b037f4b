package chat.decentra.adapter.undertow.ws;

import chat.decentra.adapter.undertow.json.GuildViewJson;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * What {@code READY} needs besides the user: their guilds, from the moment the socket hears them.
 */
@FunctionalInterface
interface ReadyGuilds {

  /**
   * Starts sending the socket the events of its user's guilds, and completes with how each guild
   * looks at that moment, oldest membership first. Events that follow a guild's view are dispatched
   * to the socket as they come, so nothing falls between the view and the events.
   */
  CompletableFuture<List<GuildViewJson>> subscribe(GatewaySession socket);
}
