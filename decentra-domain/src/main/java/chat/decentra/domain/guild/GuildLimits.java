package chat.decentra.domain.guild;

/** How large guilds may grow, so that one user or one guild cannot exhaust the instance. */
public final class GuildLimits {

  /** Guilds one user may belong to, owned or joined. */
  public static final int GUILDS_PER_USER = 200;

  /** Channels of every kind in one guild. */
  public static final int CHANNELS_PER_GUILD = 500;

  /** Roles in one guild, {@code @everyone} included. */
  public static final int ROLES_PER_GUILD = 250;

  private GuildLimits() {}
}
