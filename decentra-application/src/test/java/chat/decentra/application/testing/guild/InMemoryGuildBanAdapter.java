package chat.decentra.application.testing.guild;

import chat.decentra.application.port.out.guild.GuildBanPort;
import chat.decentra.application.testing.guild.GuildTables.UserInGuild;
import chat.decentra.domain.guild.Ban;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.user.UserId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Bans in a map, for service tests. */
public final class InMemoryGuildBanAdapter implements GuildBanPort {

  private final GuildTables tables;

  InMemoryGuildBanAdapter(GuildTables tables) {
    this.tables = tables;
  }

  @Override
  public void insertBan(Ban ban) {
    synchronized (tables) {
      tables.bans.put(new UserInGuild(ban.guildId(), ban.userId()), ban);
    }
  }

  @Override
  public Optional<Ban> findBan(GuildId guild, UserId user) {
    synchronized (tables) {
      return Optional.ofNullable(tables.bans.get(new UserInGuild(guild, user)));
    }
  }

  @Override
  public boolean deleteBan(GuildId guild, UserId user) {
    synchronized (tables) {
      return tables.bans.remove(new UserInGuild(guild, user)) != null;
    }
  }

  @Override
  public List<Ban> listBans(GuildId guild) {
    synchronized (tables) {
      return tables.bans.values().stream()
          .filter(b -> b.guildId().equals(guild))
          .sorted(
              Comparator.comparing(Ban::bannedAt).thenComparing(b -> b.userId().value()).reversed())
          .toList();
    }
  }
}
