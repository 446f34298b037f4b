package chat.decentra.launcher;

import chat.decentra.domain.instance.RegistrationMode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Whole Decentra processes for end-to-end tests: loopback, a free port, a database of their own.
 */
final class TestServers {

  private TestServers() {}

  /** Decentra on the embedded database in {@code dataDir}. */
  static RunningDecentra embedded(Path dataDir) {
    return Decentra.start(configuration(dataDir, Optional.empty()));
  }

  /** Decentra on the given PostgreSQL database. */
  static RunningDecentra postgres(Path dataDir, String url, String user, String password) {
    return Decentra.start(
        configuration(
            dataDir, Optional.of(new Configuration.ExternalDatabase(url, user, password))));
  }

  static Configuration configuration(
      Path dataDir, Optional<Configuration.ExternalDatabase> database) {
    return new Configuration(
        "127.0.0.1",
        0,
        dataDir,
        database,
        Optional.empty(),
        RegistrationMode.INVITE,
        List.of(),
        Duration.ofDays(30),
        OptionalInt.of(1));
  }
}
