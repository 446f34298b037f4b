package chat.decentra.adapter.jooq;

import chat.decentra.application.GuildPorts;
import chat.decentra.application.port.out.AuthSessionPort;
import chat.decentra.application.port.out.AvatarImagePort;
import chat.decentra.application.port.out.CheckDatabasePort;
import chat.decentra.application.port.out.InstanceInvitePort;
import chat.decentra.application.port.out.InstanceStatePort;
import chat.decentra.application.port.out.LoadUserPort;
import chat.decentra.application.port.out.SaveUserPort;
import chat.decentra.application.port.out.TransactionPort;
import chat.decentra.application.port.out.guild.AuditLogPort;
import chat.decentra.application.port.out.guild.GuildBanPort;
import chat.decentra.application.port.out.guild.GuildIconPort;
import chat.decentra.application.port.out.guild.GuildInvitePort;
import chat.decentra.application.port.out.guild.LoadChannelPort;
import chat.decentra.application.port.out.guild.LoadGuildPort;
import chat.decentra.application.port.out.guild.LoadMemberPort;
import chat.decentra.application.port.out.guild.LoadRolePort;
import chat.decentra.application.port.out.guild.LoadUsersPort;
import chat.decentra.application.port.out.guild.SaveChannelPort;
import chat.decentra.application.port.out.guild.SaveGuildPort;
import chat.decentra.application.port.out.guild.SaveMemberPort;
import chat.decentra.application.port.out.guild.SaveRolePort;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.ThreadLocalTransactionProvider;

/** The database behind the persistence ports: its connection pool, its schema and its adapters. */
public final class JooqPersistence implements AutoCloseable {

  static {
    // jOOQ prints a banner and tips on first use unless told not to.
    System.setProperty("org.jooq.no-logo", "true");
    System.setProperty("org.jooq.no-tips", "true");
  }

  private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(2);

  private final HikariDataSource dataSource;
  private final DSLContext dsl;
  private final String description;
  private final JooqUserAdapter users;
  private final JooqAvatarImageAdapter avatarImages;
  private final JooqAuthSessionAdapter authSessions;
  private final JooqInstanceInviteAdapter invites;
  private final JooqInstanceStateAdapter instanceState;
  private final JooqTransactionAdapter transactions;
  private final JooqDatabaseCheckAdapter databaseCheck;
  private final JooqGuildAdapter guilds;
  private final JooqChannelAdapter channels;
  private final JooqRoleAdapter roles;
  private final JooqMemberAdapter members;
  private final JooqGuildBanAdapter guildBans;
  private final JooqGuildInviteAdapter guildInvites;
  private final JooqAuditLogAdapter auditLog;
  private final JooqGuildIconAdapter guildIcons;

  private JooqPersistence(HikariDataSource dataSource, DSLContext dsl, String description) {
    this.dataSource = dataSource;
    this.dsl = dsl;
    this.description = description;
    this.users = new JooqUserAdapter(dsl);
    this.avatarImages = new JooqAvatarImageAdapter(dsl);
    this.authSessions = new JooqAuthSessionAdapter(dsl);
    this.invites = new JooqInstanceInviteAdapter(dsl);
    this.instanceState = new JooqInstanceStateAdapter(dsl);
    this.transactions = new JooqTransactionAdapter(dsl);
    this.databaseCheck = new JooqDatabaseCheckAdapter(dsl, CHECK_TIMEOUT);
    this.guilds = new JooqGuildAdapter(dsl);
    this.channels = new JooqChannelAdapter(dsl);
    this.roles = new JooqRoleAdapter(dsl);
    this.members = new JooqMemberAdapter(dsl);
    this.guildBans = new JooqGuildBanAdapter(dsl);
    this.guildInvites = new JooqGuildInviteAdapter(dsl);
    this.auditLog = new JooqAuditLogAdapter(dsl);
    this.guildIcons = new JooqGuildIconAdapter(dsl);
  }

  /**
   * Connects to the database, migrates its schema to the latest version and builds the adapters.
   * Fails when the database cannot be reached or migrated; nothing is left open then.
   */
  public static JooqPersistence open(DatabaseSettings settings) {
    SQLDialect dialect = dialect(settings);
    Settings jooqSettings = jooqSettings();
    var jooqLoaded =
        WarmUp.inBackground(
            "decentra-jooq-warm-up", () -> WarmUp.renderTypicalStatements(dialect, jooqSettings));
    var flyway = WarmUp.inBackground("decentra-flyway-warm-up", Migrations::configure);
    HikariDataSource dataSource = DataSources.create(settings);
    try {
      Migrations.migrate(WarmUp.await(flyway), dataSource);
      jooqLoaded.exceptionally(ignored -> null).join();
      return new JooqPersistence(
          dataSource, context(dataSource, dialect, jooqSettings), describe(settings));
    } catch (RuntimeException | Error e) {
      dataSource.close();
      throw e;
    }
  }

  private static SQLDialect dialect(DatabaseSettings settings) {
    return switch (settings) {
      case DatabaseSettings.Embedded embedded -> SQLDialect.H2;
      case DatabaseSettings.Postgres postgres -> SQLDialect.POSTGRES;
    };
  }

  private static String describe(DatabaseSettings settings) {
    return switch (settings) {
      case DatabaseSettings.Embedded embedded -> "embedded H2 at " + embedded.databaseFile();
      case DatabaseSettings.Postgres postgres -> "PostgreSQL at " + postgres.address();
    };
  }

  private static Settings jooqSettings() {
    return new Settings()
        // Unquoted names let each database fold them its own way (H2 upper, PostgreSQL lower).
        .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
        // Bind values include password and token hashes: never log statements.
        .withExecuteLogging(false);
  }

  private static DSLContext context(DataSource dataSource, SQLDialect dialect, Settings settings) {
    // All adapters run on the connection of the thread's transaction when there is one.
    var transactions =
        new ThreadLocalTransactionProvider(new DataSourceConnectionProvider(dataSource), false);
    var configuration = new DefaultConfiguration().set(dialect).set(settings).set(transactions);
    return DSL.using(configuration);
  }

  public LoadUserPort loadUserPort() {
    return users;
  }

  public SaveUserPort saveUserPort() {
    return users;
  }

  public AvatarImagePort avatarImagePort() {
    return avatarImages;
  }

  public AuthSessionPort authSessionPort() {
    return authSessions;
  }

  public InstanceInvitePort instanceInvitePort() {
    return invites;
  }

  public InstanceStatePort instanceStatePort() {
    return instanceState;
  }

  public TransactionPort transactionPort() {
    return transactions;
  }

  public CheckDatabasePort checkDatabasePort() {
    return databaseCheck;
  }

  public LoadGuildPort loadGuildPort() {
    return guilds;
  }

  public SaveGuildPort saveGuildPort() {
    return guilds;
  }

  public LoadChannelPort loadChannelPort() {
    return channels;
  }

  public SaveChannelPort saveChannelPort() {
    return channels;
  }

  public LoadRolePort loadRolePort() {
    return roles;
  }

  public SaveRolePort saveRolePort() {
    return roles;
  }

  public LoadMemberPort loadMemberPort() {
    return members;
  }

  public SaveMemberPort saveMemberPort() {
    return members;
  }

  public GuildBanPort guildBanPort() {
    return guildBans;
  }

  public GuildInvitePort guildInvitePort() {
    return guildInvites;
  }

  public AuditLogPort auditLogPort() {
    return auditLog;
  }

  public GuildIconPort guildIconPort() {
    return guildIcons;
  }

  public LoadUsersPort loadUsersPort() {
    return users;
  }

  /** Every port that guilds, channels, roles and moderation need, for {@code GuildApplication}. */
  public GuildPorts guildPorts() {
    return new GuildPorts(
        guilds,
        guilds,
        channels,
        channels,
        roles,
        roles,
        members,
        members,
        guildBans,
        guildInvites,
        auditLog,
        guildIcons,
        users);
  }

  /** Which database this is, for the start-up log: never a password. */
  public String databaseDescription() {
    return description;
  }

  /** For adapters and tests in this package that need the query context itself. */
  DSLContext dsl() {
    return dsl;
  }

  /** For adapters in this package that need plain connections (LISTEN/NOTIFY). */
  DataSource dataSource() {
    return dataSource;
  }

  /** Closes the pool; an embedded database is closed and its file released with it. */
  @Override
  public void close() {
    dataSource.close();
  }
}
