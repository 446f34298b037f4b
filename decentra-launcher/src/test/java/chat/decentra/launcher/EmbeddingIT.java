package chat.decentra.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import chat.decentra.adapter.jooq.DatabaseSettings;
import chat.decentra.adapter.jooq.JooqPersistence;
import chat.decentra.application.DecentraApplication;
import chat.decentra.application.OutboundPorts;
import chat.decentra.application.port.in.account.ClientInfo;
import chat.decentra.application.port.in.account.LogInUseCase;
import chat.decentra.application.port.in.account.SignUpUseCase;
import chat.decentra.application.service.account.AccountSettings;
import chat.decentra.application.service.event.InProcessEventBus;
import chat.decentra.application.service.id.SnowflakeIdGenerator;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Another JVM program can use Decentra as a library: the application and the jOOQ adapter, no web
 * server, wired by hand exactly as this test does.
 */
class EmbeddingIT {

  private static final ClientInfo CLIENT = new ClientInfo("127.0.0.1", "EmbeddingIT");

  @Test
  void applicationSignsUpAndInWithTheJooqAdapterAlone(@TempDir Path dataDir) {
    try (var persistence = JooqPersistence.open(DatabaseSettings.embedded(dataDir));
        var hasher = new Argon2PasswordHashAdapter(Argon2PasswordHashAdapter.OWASP, 1)) {
      var clock = Clock.systemUTC();
      var events = new InProcessEventBus();
      var app =
          new DecentraApplication(
              new OutboundPorts(
                  persistence.loadUserPort(),
                  persistence.saveUserPort(),
                  persistence.avatarImagePort(),
                  persistence.authSessionPort(),
                  persistence.instanceInvitePort(),
                  persistence.instanceStatePort(),
                  persistence.transactionPort(),
                  persistence.checkDatabasePort(),
                  hasher,
                  events,
                  new SnowflakeIdGenerator(clock, 1),
                  clock),
              AccountSettings.defaults());

      var signUp =
          app.signUp()
              .signUp(
                  new SignUpUseCase.Command(
                      "ada", "correct horse battery", Optional.empty(), CLIENT));
      assertThat(signUp).isInstanceOf(SignUpUseCase.SignedUp.class);
      assertThat(((SignUpUseCase.SignedUp) signUp).session().user().admin()).isTrue();

      var logIn =
          app.logIn().logIn(new LogInUseCase.Command("ADA", "correct horse battery", CLIENT));
      assertThat(logIn).isInstanceOf(LogInUseCase.LoggedIn.class);
      String token = ((LogInUseCase.LoggedIn) logIn).session().token();
      var caller = app.authenticate().authenticate(token, CLIENT);
      assertThat(caller)
          .hasValueSatisfying(c -> assertThat(c.user().username().value()).isEqualTo("ada"));

      var wrong = app.logIn().logIn(new LogInUseCase.Command("ada", "wrong horse battery", CLIENT));
      assertThat(wrong).isInstanceOf(LogInUseCase.InvalidCredentials.class);
    }
  }
}
