package chat.decentra.adapter.jooq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

  @Test
  void postgresAddressLeavesOutUserPasswordAndParameters() {
    var settings =
        new DatabaseSettings.Postgres(
            "jdbc:postgresql://db.example:5433/decentra?user=chat&password=secret", "", "", 10);

    assertThat(settings.address()).isEqualTo("db.example:5433/decentra");
  }

  @Test
  void postgresAddressWithoutHostIsTheDatabase() {
    assertThat(
            ((DatabaseSettings.Postgres) DatabaseSettings.postgres("jdbc:postgresql:chat", "", ""))
                .address())
        .isEqualTo("chat");
  }

  @Test
  void postgresSettingsNeverShowThePassword() {
    var settings = DatabaseSettings.postgres("jdbc:postgresql://h/db", "chat", "hunter2");

    assertThat(settings.toString()).doesNotContain("hunter2").contains("h/db").contains("chat");
  }

  @Test
  void onlyPostgresUrlsAreAccepted() {
    assertThatThrownBy(() -> DatabaseSettings.postgres("jdbc:mysql://h/db", "u", "p"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void missingUserAndPasswordAreEmpty() {
    var settings =
        (DatabaseSettings.Postgres) DatabaseSettings.postgres("jdbc:postgresql:db", null, null);

    assertThat(settings.user()).isEmpty();
    assertThat(settings.password()).isEmpty();
  }

  @Test
  void embeddedDatabaseIsTheFileDecentraInTheDataDirectory() {
    var settings = new DatabaseSettings.Embedded(Path.of("data"));

    assertThat(settings.databaseFile()).isEqualTo(Path.of("data", "decentra"));
    assertThat(DataSources.h2Url(settings))
        .startsWith("jdbc:h2:file:" + Path.of("data", "decentra").toAbsolutePath() + ";")
        .contains("AUTO_SERVER=FALSE");
  }

  @Test
  void dataDirectoryWithSemicolonIsRefused() {
    assertThatThrownBy(() -> DatabaseSettings.embedded(Path.of("a;MODE=MySQL")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
