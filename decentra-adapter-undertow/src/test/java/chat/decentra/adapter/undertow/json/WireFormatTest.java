package chat.decentra.adapter.undertow.json;

import static org.assertj.core.api.Assertions.assertThat;

import chat.decentra.domain.id.SessionId;
import chat.decentra.domain.invite.InstanceInvite;
import chat.decentra.domain.invite.InviteCode;
import chat.decentra.domain.invite.InviteLimits;
import chat.decentra.domain.media.ImageType;
import chat.decentra.domain.session.AuthSession;
import chat.decentra.domain.user.Avatar;
import chat.decentra.domain.user.PresenceStatus;
import chat.decentra.domain.user.User;
import chat.decentra.domain.user.UserId;
import chat.decentra.domain.user.Username;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WireFormatTest {

  private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

  private static final User ALICE =
      new User(
          new UserId(7391620918183936L),
          new Username("alice"),
          Optional.of("Alice"),
          Optional.of(new Avatar.Emoji("🦊")),
          PresenceStatus.DND,
          Optional.empty(),
          true,
          Optional.empty(),
          NOW);

  @Test
  void userIsSnakeCaseWithIdsAsStringsAndNullsKept() {
    assertThat(Json.writeString(UserJson.self(ALICE)))
        .isEqualTo(
            "{\"id\":\"7391620918183936\",\"username\":\"alice\",\"display_name\":\"Alice\","
                + "\"avatar\":{\"type\":\"emoji\",\"emoji\":\"🦊\"},\"status\":\"dnd\","
                + "\"custom_status\":null,\"admin\":true,\"created_at\":\"2026-11-28T12:00:00Z\"}");
  }

  @Test
  void othersDoNotLearnWhoIsAdmin() {
    assertThat(Json.writeString(UserJson.other(ALICE))).doesNotContain("admin");
  }

  @Test
  void imageAvatarsPointAtTheVersionedUrl() {
    User withImage = ALICE.withAvatar(Optional.of(new Avatar.Image(ImageType.PNG, "v1_x")));
    assertThat(Json.writeString(UserJson.self(withImage)))
        .contains(
            "\"avatar\":{\"type\":\"image\",\"url\":\"/api/v1/users/7391620918183936/avatar?v=v1_x\"}");
    assertThat(Json.writeString(UserJson.self(ALICE.withAvatar(Optional.empty()))))
        .contains("\"avatar\":null");
  }

  @Test
  void timesAreIsoUtcToTheMillisecond() {
    assertThat(Times.iso(Instant.parse("2026-11-28T12:00:00.123456789Z")))
        .isEqualTo("2026-11-28T12:00:00.123Z");
  }

  @Test
  void sessionsSayWhichIsCurrent() {
    var session =
        AuthSession.start(
            new SessionId(5), ALICE.id(), "hash", NOW, Duration.ofDays(30), "203.0.113.7", "UA");
    assertThat(Json.writeString(SessionJson.of(session, new SessionId(5))))
        .isEqualTo(
            "{\"id\":\"5\",\"created_at\":\"2026-11-28T12:00:00Z\","
                + "\"last_used_at\":\"2026-11-28T12:00:00Z\",\"expires_at\":\"2026-12-28T12:00:00Z\","
                + "\"client_ip\":\"203.0.113.7\",\"user_agent\":\"UA\",\"current\":true}");
  }

  @Test
  void invitesCarryTheirLinkAndNullsForUnlimited() {
    var invite =
        InstanceInvite.create(
            new InviteCode("k3N9xQ2mAbCdEfGhIjKlMn"), ALICE.id(), NOW, InviteLimits.none());
    assertThat(Json.writeString(InviteJson.of(invite, "https://chat.example.org")))
        .isEqualTo(
            "{\"code\":\"k3N9xQ2mAbCdEfGhIjKlMn\","
                + "\"url\":\"https://chat.example.org/invite/k3N9xQ2mAbCdEfGhIjKlMn\","
                + "\"created_by\":\"7391620918183936\",\"created_at\":\"2026-11-28T12:00:00Z\","
                + "\"max_uses\":null,\"uses\":0,\"expires_at\":null,\"revoked\":false}");
  }
}
