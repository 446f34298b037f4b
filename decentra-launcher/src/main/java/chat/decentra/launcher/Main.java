package chat.decentra.launcher;

import java.lang.System.Logger.Level;
import java.util.List;

/**
 * {@code java -jar decentra.jar}: reads the configuration, starts, and stops gracefully on SIGTERM.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    Logging.configure();
    var log = System.getLogger(Main.class.getName());
    if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
      log.log(Level.INFO, ConfigurationParser.help());
      return;
    }
    Configuration config;
    try {
      config = ConfigurationParser.parse(List.of(args), System.getenv());
    } catch (ConfigurationException mistake) {
      log.log(Level.ERROR, "Decentra cannot start: " + mistake.getMessage());
      System.exit(2);
      return;
    }
    RunningDecentra running;
    try {
      running = Decentra.start(config);
    } catch (RuntimeException failure) {
      log.log(Level.ERROR, "Decentra could not start: " + failure.getMessage(), failure);
      System.exit(1);
      return;
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  log.log(Level.INFO, "shutting down");
                  running.close();
                  log.log(Level.INFO, "stopped");
                  Logging.finish();
                },
                "shutdown"));
  }
}
