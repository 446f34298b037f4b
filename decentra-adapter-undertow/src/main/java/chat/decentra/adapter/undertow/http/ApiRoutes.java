package chat.decentra.adapter.undertow.http;

import static chat.decentra.adapter.undertow.http.BodyKind.IMAGE;
import static chat.decentra.adapter.undertow.http.BodyKind.JSON;
import static chat.decentra.adapter.undertow.http.BodyKind.JSON_ARRAY;
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
    var router = Router.builder();
    accounts(router, endpoints, useCases, settings);
    guilds(router, endpoints, useCases, settings);
    return router.build();
  }

  private static void accounts(
      Router.Builder router, Endpoints endpoints, UseCases useCases, WebSettings settings) {
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
    router
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
        .delete("/invites/{code}", endpoints.signedIn(NONE, instance::revokeInvite));
  }

  /** Servers ("guilds"), channels, roles and moderation. */
  private static void guilds(
      Router.Builder router, Endpoints endpoints, UseCases useCases, WebSettings settings) {
    var guilds = new GuildEndpoints(useCases.guilds());
    var channels = new ChannelEndpoints(useCases.guilds());
    var invites = new GuildInviteEndpoints(useCases.guilds(), settings.publicUrl());
    var members = new MemberEndpoints(useCases.guilds(), useCases.getUser());
    var roles = new RoleEndpoints(useCases.guilds());
    router
        .post("/guilds", endpoints.signedIn(JSON, guilds::create))
        .get("/users/@me/guilds", endpoints.signedIn(NONE, guilds::myGuilds))
        .delete("/users/@me/guilds/{id}", endpoints.signedIn(NONE, guilds::leave))
        .get("/guilds/{id}", endpoints.signedIn(NONE, guilds::guild))
        .patch("/guilds/{id}", endpoints.signedIn(JSON, guilds::update))
        .delete("/guilds/{id}", endpoints.signedIn(NONE, guilds::delete))
        .get("/guilds/{id}/icon", endpoints.open(NONE, guilds::iconImage))
        .put("/guilds/{id}/icon", endpoints.signedIn(IMAGE, guilds::uploadIcon))
        .delete("/guilds/{id}/icon", endpoints.signedIn(NONE, guilds::removeIcon))
        .post("/guilds/{id}/owner", endpoints.signedIn(JSON, guilds::transferOwnership))
        .get("/guilds/{id}/audit-log", endpoints.signedIn(NONE, guilds::auditLog))
        .get("/guilds/{id}/channels", endpoints.signedIn(NONE, channels::list))
        .post("/guilds/{id}/channels", endpoints.signedIn(JSON, channels::create))
        .patch("/guilds/{id}/channels", endpoints.signedIn(JSON_ARRAY, channels::reorder))
        .patch("/channels/{id}", endpoints.signedIn(JSON, channels::update))
        .delete("/channels/{id}", endpoints.signedIn(NONE, channels::delete))
        .put(
            "/channels/{id}/overwrites/{kind}/{target_id}",
            endpoints.signedIn(JSON, channels::setOverwrite))
        .delete(
            "/channels/{id}/overwrites/{kind}/{target_id}",
            endpoints.signedIn(NONE, channels::deleteOverwrite))
        .post("/guilds/{id}/invites", endpoints.signedIn(OPTIONAL_JSON, invites::create))
        .get("/guilds/{id}/invites", endpoints.signedIn(NONE, invites::list))
        .delete("/guilds/{id}/invites/{code}", endpoints.signedIn(NONE, invites::revoke))
        .get("/invites/{code}", endpoints.open(NONE, invites::preview))
        .post("/invites/{code}/accept", endpoints.signedIn(NONE, invites::accept))
        .get("/guilds/{id}/members", endpoints.signedIn(NONE, members::list))
        .patch("/guilds/{id}/members/{user_id}", endpoints.signedIn(JSON, members::setNickname))
        .delete("/guilds/{id}/members/{user_id}", endpoints.signedIn(OPTIONAL_JSON, members::kick))
        .put(
            "/guilds/{id}/members/{user_id}/roles/{role_id}",
            endpoints.signedIn(NONE, members::assignRole))
        .delete(
            "/guilds/{id}/members/{user_id}/roles/{role_id}",
            endpoints.signedIn(NONE, members::unassignRole))
        .get("/guilds/{id}/bans", endpoints.signedIn(NONE, members::bans))
        .put("/guilds/{id}/bans/{user_id}", endpoints.signedIn(OPTIONAL_JSON, members::ban))
        .delete("/guilds/{id}/bans/{user_id}", endpoints.signedIn(NONE, members::unban))
        .get("/guilds/{id}/roles", endpoints.signedIn(NONE, roles::list))
        .post("/guilds/{id}/roles", endpoints.signedIn(JSON, roles::create))
        .patch("/guilds/{id}/roles/{role_id}", endpoints.signedIn(JSON, roles::update))
        .delete("/guilds/{id}/roles/{role_id}", endpoints.signedIn(NONE, roles::delete));
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
