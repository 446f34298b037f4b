package chat.decentra.adapter.undertow.http;

import chat.decentra.adapter.undertow.json.JsonObject;
import chat.decentra.adapter.undertow.json.SignedInJson;
import chat.decentra.application.port.in.account.Caller;
import chat.decentra.application.port.in.account.LogInUseCase;
import chat.decentra.application.port.in.account.LogOutUseCase;
import chat.decentra.application.port.in.account.SignUpUseCase;
import chat.decentra.application.port.in.account.SignedIn;
import chat.decentra.domain.invite.InviteState;
import io.undertow.util.Headers;
import java.time.Duration;

/** {@code POST /auth/signup}, {@code /auth/login} and {@code /auth/logout}. */
final class AuthEndpoints {

  private final SignUpUseCase signUp;
  private final LogInUseCase logIn;
  private final LogOutUseCase logOut;
  private final Duration cookieMaxAge;

  AuthEndpoints(
      SignUpUseCase signUp, LogInUseCase logIn, LogOutUseCase logOut, Duration cookieMaxAge) {
    this.signUp = signUp;
    this.logIn = logIn;
    this.logOut = logOut;
    this.cookieMaxAge = cookieMaxAge;
  }

  Reply signUp(ApiRequest request) {
    JsonObject body = request.json();
    var command =
        new SignUpUseCase.Command(
            body.requiredString("username"),
            body.requiredString("password"),
            body.optionalString("invite").filter(invite -> !invite.isBlank()),
            request.client());
    return switch (signUp.signUp(command)) {
      case SignUpUseCase.SignedUp(SignedIn session) -> signedIn(201, session, request);
      case SignUpUseCase.InvalidUsername invalid -> Reply.error(ApiError.INVALID_USERNAME);
      case SignUpUseCase.InvalidPassword invalid -> Reply.error(ApiError.INVALID_PASSWORD);
      case SignUpUseCase.UsernameTaken taken -> Reply.error(ApiError.USERNAME_TAKEN);
      case SignUpUseCase.InviteRequired required -> Reply.error(ApiError.INVITE_REQUIRED);
      case SignUpUseCase.InviteUnknown unknown -> Reply.error(ApiError.INVITE_UNKNOWN);
      case SignUpUseCase.InviteUnusable(InviteState state) -> Reply.error(unusable(state));
    };
  }

  Reply logIn(ApiRequest request) {
    JsonObject body = request.json();
    var command =
        new LogInUseCase.Command(
            body.requiredString("username"), body.requiredString("password"), request.client());
    return switch (logIn.logIn(command)) {
      case LogInUseCase.LoggedIn(SignedIn session) -> signedIn(200, session, request);
      case LogInUseCase.InvalidCredentials invalid -> Reply.error(ApiError.INVALID_CREDENTIALS);
      case LogInUseCase.Throttled(Duration retryAfter) -> Reply.rateLimited(retryAfter);
    };
  }

  Reply logOut(Caller caller, ApiRequest request) {
    logOut.logOut(caller);
    return Reply.noContent()
        .header(Headers.SET_COOKIE, SessionCookie.clear(request.source().secure()));
  }

  private Reply signedIn(int status, SignedIn session, ApiRequest request) {
    return Reply.json(status, SignedInJson.of(session))
        .header(
            Headers.SET_COOKIE,
            SessionCookie.issue(session.token(), request.source().secure(), cookieMaxAge));
  }

  private static ApiError unusable(InviteState state) {
    return switch (state) {
      case EXPIRED -> ApiError.INVITE_EXPIRED;
      case USED_UP -> ApiError.INVITE_USED_UP;
      case REVOKED -> ApiError.INVITE_REVOKED;
      case USABLE -> throw new IllegalStateException("a usable invite was reported unusable");
    };
  }
}
