package chat.decentra.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.decentra.domain.instance.RegistrationMode;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigurationParserTest {

  private static Configuration parse(List<String> args, Map<String, String> env) {
    return ConfigurationParser.parse(args, env);
  }

  @Test
  void defaultsWorkOnALaptop() {
    var config = parse(List.of(), Map.of());
    assertThat(config.port()).isEqualTo(8765);
    assertThat(config.bind()).isEqualTo("0.0.0.0");
    assertThat(config.dataDir()).isEqualTo(Path.of("./data"));
    assertThat(config.database()).isEmpty();
    assertThat(config.publicUrl()).isEmpty();
    assertThat(config.registration()).isEqualTo(RegistrationMode.INVITE);
    assertThat(config.trustedProxies()).isEmpty();
    assertThat(config.sessionTtl()).isEqualTo(Duration.ofDays(30));
    assertThat(config.nodeId()).isEmpty();
  }

  @Test
  void environmentVariablesAreRead() {
    var config =
        parse(
            List.of(),
            Map.of(
                "DECENTRA_PORT", "9000",
                "DECENTRA_DB_URL", "jdbc:postgresql://db:5432/decentra",
                "DECENTRA_DB_USER", "decentra",
                "DECENTRA_DB_PASSWORD", "s3cret",
                "DECENTRA_PUBLIC_URL", "https://chat.example.org/",
                "DECENTRA_REGISTRATION", "open",
                "DECENTRA_TRUSTED_PROXIES", "127.0.0.1, 10.0.0.0/8,::1"));
    assertThat(config.port()).isEqualTo(9000);
    assertThat(config.database())
        .hasValue(
            new Configuration.ExternalDatabase(
                "jdbc:postgresql://db:5432/decentra", "decentra", "s3cret"));
    assertThat(config.publicUrl()).hasValue(URI.create("https://chat.example.org"));
    assertThat(config.registration()).isEqualTo(RegistrationMode.OPEN);
    assertThat(config.trustedProxies()).containsExactly("127.0.0.1", "10.0.0.0/8", "::1");
  }

  @Test
  void flagsWinOverEnvironmentVariables() {
    var config =
        parse(
            List.of("--port", "9100", "--data-dir=/srv/decentra"), Map.of("DECENTRA_PORT", "9000"));
    assertThat(config.port()).isEqualTo(9100);
    assertThat(config.dataDir()).isEqualTo(Path.of("/srv/decentra"));
  }

  @Test
  void badValuesStopTheStartWithAMessageNamingTheSetting() {
    assertThatThrownBy(() -> parse(List.of(), Map.of("DECENTRA_PORT", "http")))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("DECENTRA_PORT")
        .hasMessageContaining("1 to 65535");
    assertThatThrownBy(() -> parse(List.of("--port", "70000"), Map.of()))
        .hasMessageContaining("--port");
    assertThatThrownBy(() -> parse(List.of(), Map.of("DECENTRA_REGISTRATION", "closed")))
        .hasMessageContaining("invite or open");
    assertThatThrownBy(() -> parse(List.of(), Map.of("DECENTRA_DB_URL", "jdbc:mysql://x/y")))
        .hasMessageContaining("PostgreSQL");
    assertThatThrownBy(() -> parse(List.of(), Map.of("DECENTRA_PUBLIC_URL", "chat.example.org")))
        .hasMessageContaining("DECENTRA_PUBLIC_URL");
    assertThatThrownBy(() -> parse(List.of(), Map.of("DECENTRA_TRUSTED_PROXIES", "proxy.local")))
        .hasMessageContaining("DECENTRA_TRUSTED_PROXIES");
    assertThatThrownBy(() -> parse(List.of(), Map.of("DECENTRA_BIND", "999.1.1.1")))
        .hasMessageContaining("DECENTRA_BIND");
    assertThatThrownBy(() -> parse(List.of(), Map.of("DECENTRA_NODE_ID", "1024")))
        .hasMessageContaining("0 to 1023");
    assertThatThrownBy(() -> parse(List.of("--colour", "blue"), Map.of()))
        .hasMessageContaining("unknown option --colour");
    assertThatThrownBy(() -> parse(List.of("--port"), Map.of()))
        .hasMessageContaining("needs a value");
  }

  @Test
  void databaseCredentialsWithoutAUrlAreAMistake() {
    assertThatThrownBy(() -> parse(List.of(), Map.of("DECENTRA_DB_PASSWORD", "x")))
        .hasMessageContaining("DECENTRA_DB_URL");
  }

  @Test
  void thePasswordNeverAppearsInTheConfigurationsText() {
    var config =
        parse(
            List.of(),
            Map.of(
                "DECENTRA_DB_URL",
                "jdbc:postgresql://db/x",
                "DECENTRA_DB_PASSWORD",
                "hunter2secret"));
    assertThat(config.toString()).doesNotContain("hunter2secret");
  }

  @Test
  void helpListsEverySettingWithItsVariableAndFlag() {
    String help = ConfigurationParser.help();
    for (Setting setting : Setting.values()) {
      assertThat(help).contains(setting.flag()).contains(setting.environmentVariable());
    }
  }

  @Test
  void theConfigurationGuideDocumentsEverySetting() throws java.io.IOException {
    String guide = java.nio.file.Files.readString(Path.of("../docs/configuration.md"));
    for (Setting setting : Setting.values()) {
      assertThat(guide)
          .as("docs/configuration.md lists " + setting.environmentVariable())
          .contains("`" + setting.environmentVariable() + "`")
          .contains("`" + setting.flag() + "`");
    }
  }
}
