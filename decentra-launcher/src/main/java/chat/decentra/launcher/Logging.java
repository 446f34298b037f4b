package chat.decentra.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.ConsoleHandler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** One-line log records on standard error, with the libraries' chatter turned down. */
final class Logging {

  private static final String FORMAT = "%1$tF %1$tT.%1$tL %4$-7s %3$s: %5$s%6$s%n";

  /** Held here because java.util.logging keeps loggers only weakly, and with them their levels. */
  private static final List<Logger> QUIETED = new ArrayList<>();

  private Logging() {}

  static void configure() {
    // Must be set before anything touches java.util.logging.
    System.setProperty("java.util.logging.manager", ShutdownAwareLogManager.class.getName());
    System.setProperty("java.util.logging.SimpleFormatter.format", FORMAT);
    // jOOQ prints a banner and tips on first use unless told not to.
    System.setProperty("org.jooq.no-logo", "true");
    System.setProperty("org.jooq.no-tips", "true");
    // Undertow and XNIO log through JBoss Logging; keep it on java.util.logging like everything
    // else.
    System.setProperty("org.jboss.logging.provider", "jdk");
    ShutdownAwareLogManager.resetForConfiguration();
    Logger root = Logger.getLogger("");
    var handler = new ConsoleHandler();
    handler.setFormatter(new SimpleFormatter());
    handler.setLevel(Level.ALL);
    root.addHandler(handler);
    root.setLevel(Level.INFO);
    for (String quiet :
        new String[] {"org.xnio", "io.undertow", "org.flywaydb", "com.zaxxer.hikari", "org.jooq"}) {
      Logger logger = Logger.getLogger(quiet);
      logger.setLevel(Level.WARNING);
      QUIETED.add(logger);
    }
  }

  /** Called last by the shutdown hook: from here on nothing more is logged. */
  static void finish() {
    if (LogManager.getLogManager() instanceof ShutdownAwareLogManager manager) {
      manager.resetNow();
    }
  }

  /**
   * The JDK's log manager empties its handlers in a shutdown hook of its own, racing ours, so the
   * lines of a graceful shutdown could be lost; this one keeps them until {@link #finish}.
   */
  public static final class ShutdownAwareLogManager extends LogManager {

    private volatile boolean allowReset = true;

    static void resetForConfiguration() {
      LogManager manager = LogManager.getLogManager();
      manager.reset();
      if (manager instanceof ShutdownAwareLogManager aware) {
        aware.allowReset = false;
      }
    }

    @Override
    public void reset() {
      if (allowReset) {
        super.reset();
      }
    }

    void resetNow() {
      allowReset = true;
      super.reset();
    }
  }
}
