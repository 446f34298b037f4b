package chat.decentra.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runnable jar as an operator runs it: configuration, the ready line, SIGTERM. */
class RunnableJarIT {

  private static final Path JAR = Path.of("target/decentra.jar");

  @TempDir Path dataDir;

  @Test
  void startsLogsOneReadyLineAndStopsGracefullyOnSigterm() throws Exception {
    int port = freePort();
    Path log = dataDir.resolve("out.log");
    var process =
        new ProcessBuilder(
                javaBinary(),
                "-jar",
                JAR.toString(),
                "--bind",
                "127.0.0.1",
                "--port",
                String.valueOf(port),
                "--data-dir",
                dataDir.toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    try {
      var http = new Http("http://127.0.0.1:" + port);
      waitUntilReady(http);
      assertThat(Files.readString(log))
          .containsOnlyOnce("Decentra is ready at http://127.0.0.1:" + port)
          .contains("embedded H2");
      String token = http.signUp("margaret", "correct horse battery", null);
      var socket = http.gateway();
      socket.next();
      socket.send("{\"op\":\"identify\",\"d\":{\"token\":\"" + token + "\"}}");
      assertThat(socket.next()).contains("READY");

      process.destroy(); // SIGTERM
      assertThat(socket.closeCode.orTimeout(10, TimeUnit.SECONDS).join()).isEqualTo(1001);
      assertThat(process.waitFor(10, TimeUnit.SECONDS)).as("exited within 10 s").isTrue();
    } finally {
      process.destroyForcibly();
    }
  }

  @Test
  void aBadSettingStopsTheStartWithAMessage() throws Exception {
    var process =
        new ProcessBuilder(javaBinary(), "-jar", JAR.toString(), "--port", "eighty")
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isEqualTo(2);
    assertThat(output).contains("DECENTRA_PORT / --port is 'eighty'");
  }

  private static void waitUntilReady(Http http) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      try {
        if (http.get("/readyz", null).statusCode() == 200) {
          return;
        }
      } catch (AssertionError notYetListening) {
        // connection refused while the JVM starts
      }
      Thread.sleep(50);
    }
    throw new AssertionError("not ready within 30 s");
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
