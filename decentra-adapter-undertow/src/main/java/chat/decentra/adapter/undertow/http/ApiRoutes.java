package chat.decentra.adapter.undertow.http;

import static chat.decentra.adapter.undertow.http.BodyKind.IMAGE;
import static chat.decentra.adapter.undertow.http.BodyKind.JSON;
import static chat.decentra.adapter.undertow.http.BodyKind.NONE;
import static chat.decentra.adapter.undertow.http.BodyKind.OPTIONAL_JSON;

import chat.decentra.adapter.undertow.UseCases;
import chat.decentra.adapter.undertow.WebSettings;
import chat.decentra.adapter.undertow.edge.OriginPolicy;
import io.undertow.server.HttpHandler;
import java.time.Duration;

/** The REST API of docs/api.md, mounted under {@code /api/v1}, and the health checks. */
public final class ApiRoutes {

  private ApiRoutes() {}

  /** The routes below {@code /api/v1}, relative to it. */
  public static HttpHandler api(UseCases useCases, WebSettings settings, OriginPolicy origins) {
    var endpoints = new Endpoints(useCases.executor(), useCases.authenticate(), origins);
    var auth =
        new AuthEndpoints(
            useCases.signUp(), useCases.logIn(), useCases.logOut(), settings.sessionCookieMaxAge());
    var profiles =
        new ProfileEndpoints(
            useCases.updateProfile(),
            useCases.setAvatarImage(),
            useCases.getUser(),
            settings.sessionCookieMaxAge());
    var sessions =
        new SessionEndpoints(
            useCases.changePassword(), useCases.listSessions(), useCases.revokeSession());
    var instance =
        new InstanceEndpoints(
            useCases.instanceInfo(),
            useCases.updateInstanceSettings(),
            useCases.invites(),
            settings.publicUrl());

    return Router.builder()
        .get("/instance", endpoints.open(NONE, instance::instance))
        .patch("/instance", endpoints.signedIn(JSON, instance::updateInstance))
        .post("/auth/signup", limited(settings, endpoints.open(JSON, auth::signUp)))
        .post("/auth/login", limited(settings, endpoints.open(JSON, auth::logIn)))
        .post("/auth/logout", endpoints.signedIn(NONE, auth::logOut))
        .get("/users/@me", endpoints.signedIn(NONE, profiles::me))
        .patch("/users/@me", endpoints.signedIn(JSON, profiles::updateMe))
        .put("/users/@me/avatar", endpoints.signedIn(IMAGE, profiles::uploadAvatar))
        .delete("/users/@me/avatar", endpoints.signedIn(NONE, profiles::removeAvatar))
        .post("/users/@me/password", endpoints.signedIn(JSON, sessions::changePassword))
        .get("/users/@me/sessions", endpoints.signedIn(NONE, sessions::sessions))
        .delete("/users/@me/sessions/{id}", endpoints.signedIn(NONE, sessions::revoke))
        .get("/users/{id}", endpoints.signedIn(NONE, profiles::user))
        .get("/users/{id}/avatar", endpoints.open(NONE, profiles::avatarImage))
        .post("/invites", endpoints.signedIn(OPTIONAL_JSON, instance::createInvite))
        .get("/invites", endpoints.signedIn(NONE, instance::listInvites))
        .delete("/invites/{code}", endpoints.signedIn(NONE, instance::revokeInvite))
        .build();
  }

  /** {@code GET /healthz}: 200 while the process runs; touches neither executor nor database. */
  public static HttpHandler healthz() {
    return Router.builder().read("/", HealthEndpoints.liveness()).build();
  }

  /** {@code GET /readyz}: 200 when the database answers, else 503 {@code not_ready}. */
  public static HttpHandler readyz(UseCases useCases) {
    return Router.builder()
        .read("/", HealthEndpoints.readiness(useCases.readiness(), useCases.executor()))
        .build();
  }

  /** Each route gets its own buckets, so failed logins do not lock out sign-ups. */
  private static HttpHandler limited(WebSettings settings, HttpHandler next) {
    var limiter =
        new AttemptLimiter(
            settings.authAttemptsPerMinute(), Duration.ofMinutes(1), System::nanoTime);
    return new RateLimitHandler(limiter, next);
  }
}
