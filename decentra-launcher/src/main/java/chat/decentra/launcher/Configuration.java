package chat.decentra.launcher;

import chat.decentra.domain.instance.RegistrationMode;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The validated configuration of one Decentra process.
 *
 * @param database empty for the embedded database under {@code dataDir}
 * @param publicUrl the address people use, when it differs from what requests say (behind a proxy)
 * @param trustedProxies addresses or CIDR ranges whose forwarding headers are believed
 * @param nodeId empty to pick one at random (ids stay unique unless two nodes pick the same)
 */
public record Configuration(
    String bind,
    int port,
    Path dataDir,
    Optional<ExternalDatabase> database,
    Optional<URI> publicUrl,
    RegistrationMode registration,
    List<String> trustedProxies,
    Duration sessionTtl,
    OptionalInt nodeId) {

  public Configuration {
    trustedProxies = List.copyOf(trustedProxies);
  }

  /** A PostgreSQL server. */
  public record ExternalDatabase(String url, String user, String password) {
    @Override
    public String toString() {
      return "ExternalDatabase[url=" + url + ", user=" + user + "]";
    }
  }
}
