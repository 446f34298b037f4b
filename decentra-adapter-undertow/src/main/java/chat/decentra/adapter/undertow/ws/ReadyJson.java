package chat.decentra.adapter.undertow.ws;

import chat.decentra.adapter.undertow.json.GuildViewJson;
import chat.decentra.adapter.undertow.json.UserJson;
import java.util.List;

/**
 * The data of {@code READY}.
 *
 * @param sessionId the sign-in session the socket is authenticated with
 * @param guilds every guild of the user as they see it, oldest membership first
 */
record ReadyJson(String sessionId, UserJson user, List<GuildViewJson> guilds) {}
