package chat.decentra.adapter.undertow.ws;

import chat.decentra.adapter.undertow.json.UserJson;

/**
 * The data of {@code READY}.
 *
 * @param sessionId the sign-in session the socket is authenticated with
 */
record ReadyJson(String sessionId, UserJson user) {}
