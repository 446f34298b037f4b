package chat.decentra.launcher;

import chat.decentra.adapter.jooq.DatabaseSettings;
import chat.decentra.adapter.jooq.JooqPersistence;
import chat.decentra.adapter.undertow.DecentraWeb;
import chat.decentra.adapter.undertow.UndertowServer;
import chat.decentra.adapter.undertow.UseCases;
import chat.decentra.adapter.undertow.WebSettings;
import chat.decentra.application.DecentraApplication;
import chat.decentra.application.GuildApplication;
import chat.decentra.application.OutboundPorts;
import chat.decentra.application.service.account.AccountSettings;
import chat.decentra.application.service.event.InProcessEventBus;
import chat.decentra.application.service.id.SnowflakeIdGenerator;
import java.lang.System.Logger.Level;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The object graph of one Decentra process, built top to bottom with constructors: database,
 * password hashing, event bus, application, web adapter, server.
 */
public final class Decentra {

  private static final System.Logger LOG = System.getLogger(Decentra.class.getName());

  /** How many password hashes may run at once; each holds 19 MiB while it runs. */
  private static final int HASHING_THREADS = 2;

  private Decentra() {}

  /** Starts everything and returns once the server accepts connections. */
  public static RunningDecentra start(Configuration config) {
    long started = System.nanoTime();
    var clock = Clock.systemUTC();
    var closer = new Closer();
    try {
      // The database opens (most of the start is loading its classes) while the server already
      // listens and says it is alive but not ready.
      var opening =
          CompletableFuture.supplyAsync(() -> JooqPersistence.open(databaseSettings(config)));
      var webSettings = webSettings(config);
      var starting = new StartingHandler();
      var server = closer.add(UndertowServer.start(webSettings, starting));
      var persistence = closer.add(join(opening));
      var hasher =
          closer.add(
              new Argon2PasswordHashAdapter(Argon2PasswordHashAdapter.OWASP, HASHING_THREADS));
      var events = new InProcessEventBus();
      var ports = outboundPorts(config, clock, persistence, hasher, events);
      var guilds = new GuildApplication(persistence.guildPorts(), ports);
      var application =
          new DecentraApplication(
              ports,
              new AccountSettings(config.registration(), config.sessionTtl()),
              guilds.serverInviteRegistration());
      ExecutorService blocking = Executors.newVirtualThreadPerTaskExecutor();
      closer.add(blocking::shutdownNow);
      var web =
          DecentraWeb.rootHandler(UseCases.of(application, guilds, events, blocking), webSettings);
      starting.ready(web);
      releaseStartupGarbage();
      var housekeeping = housekeeping(application);
      closer.add(housekeeping::shutdownNow);
      var running =
          new RunningDecentra(server, web, closer, config, persistence.databaseDescription());
      LOG.log(
          Level.INFO,
          "Decentra is ready at {0} with the {1} ({2,number,#} ms)",
          running.displayUrl(),
          persistence.databaseDescription(),
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
      return running;
    } catch (RuntimeException | Error failure) {
      closer.close();
      throw failure;
    }
  }

  private static JooqPersistence join(CompletableFuture<JooqPersistence> opening) {
    try {
      return opening.join();
    } catch (CompletionException failed) {
      if (failed.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw failed;
    }
  }

  private static DatabaseSettings databaseSettings(Configuration config) {
    return config
        .database()
        .<DatabaseSettings>map(db -> DatabaseSettings.postgres(db.url(), db.user(), db.password()))
        .orElseGet(() -> DatabaseSettings.embedded(config.dataDir()));
  }

  private static OutboundPorts outboundPorts(
      Configuration config,
      Clock clock,
      JooqPersistence persistence,
      Argon2PasswordHashAdapter hasher,
      InProcessEventBus events) {
    int node =
        config
            .nodeId()
            .orElseGet(() -> new SecureRandom().nextInt(SnowflakeIdGenerator.MAX_NODE + 1));
    return new OutboundPorts(
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
        new SnowflakeIdGenerator(clock, node),
        clock);
  }

  private static WebSettings webSettings(Configuration config) {
    return new WebSettings(
        config.bind(),
        config.port(),
        config.publicUrl(),
        config.trustedProxies(),
        config.sessionTtl(),
        WebSettings.DEFAULT_AUTH_ATTEMPTS_PER_MINUTE,
        chat.decentra.adapter.undertow.GatewaySettings.defaults());
  }

  /**
   * Starting parses migrations and loads thousands of classes; the garbage that leaves would keep
   * the heap committed at its start-up peak. One full collection, off the request path, lets the
   * JVM hand those pages back, which is most of the difference between a small and a large
   * footprint for a small instance.
   */
  private static void releaseStartupGarbage() {
    Thread.ofVirtual().name("release-startup-garbage").start(System::gc);
  }

  /** Deletes expired sessions once an hour, starting a minute after the start. */
  private static ScheduledExecutorService housekeeping(DecentraApplication app) {
    var scheduler =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              var thread = new Thread(runnable, "housekeeping");
              thread.setDaemon(true);
              return thread;
            });
    scheduler.scheduleWithFixedDelay(
        () -> {
          try {
            int purged = app.purgeExpiredSessions().purgeExpired();
            if (purged > 0) {
              LOG.log(Level.INFO, "deleted {0} expired sessions", purged);
            }
          } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "could not delete expired sessions", failure);
          }
        },
        1,
        60,
        TimeUnit.MINUTES);
    return scheduler;
  }
}
