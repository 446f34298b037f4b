package chat.decentra.adapter.undertow.http;

import chat.decentra.adapter.undertow.json.JsonObject;
import chat.decentra.adapter.undertow.json.SessionJson;
import chat.decentra.application.port.in.account.Caller;
import chat.decentra.application.port.in.account.ChangePasswordUseCase;
import chat.decentra.application.port.in.account.ListSessionsUseCase;
import chat.decentra.application.port.in.account.RevokeSessionUseCase;
import chat.decentra.domain.id.SessionId;
import java.time.Duration;

/** The caller's password and sessions. */
final class SessionEndpoints {

  private final ChangePasswordUseCase changePassword;
  private final ListSessionsUseCase listSessions;
  private final RevokeSessionUseCase revokeSession;

  SessionEndpoints(
      ChangePasswordUseCase changePassword,
      ListSessionsUseCase listSessions,
      RevokeSessionUseCase revokeSession) {
    this.changePassword = changePassword;
    this.listSessions = listSessions;
    this.revokeSession = revokeSession;
  }

  Reply changePassword(Caller caller, ApiRequest request) {
    JsonObject body = request.json();
    var command =
        new ChangePasswordUseCase.Command(
            caller, body.requiredString("old_password"), body.requiredString("new_password"));
    return switch (changePassword.changePassword(command)) {
      case ChangePasswordUseCase.Changed changed -> Reply.noContent();
      case ChangePasswordUseCase.WrongPassword wrong -> Reply.error(ApiError.WRONG_PASSWORD);
      case ChangePasswordUseCase.Throttled(Duration retryAfter) -> Reply.rateLimited(retryAfter);
      case ChangePasswordUseCase.InvalidPassword invalid -> Reply.error(ApiError.INVALID_PASSWORD);
    };
  }

  Reply sessions(Caller caller, ApiRequest request) {
    return Reply.ok(
        listSessions.sessions(caller).stream()
            .map(session -> SessionJson.of(session, caller.sessionId()))
            .toList());
  }

  Reply revoke(Caller caller, ApiRequest request) {
    var id = SessionId.parse(request.parameter("id"));
    if (id.isEmpty()) {
      return Reply.error(ApiError.NOT_FOUND);
    }
    return switch (revokeSession.revoke(caller, id.get())) {
      case RevokeSessionUseCase.Revoked revoked -> Reply.noContent();
      case RevokeSessionUseCase.NotFound notFound -> Reply.error(ApiError.NOT_FOUND);
    };
  }
}
