package chat.decentra.application.testing.guild;

import chat.decentra.application.port.out.guild.LoadGuildPort;
import chat.decentra.application.port.out.guild.SaveGuildPort;
import chat.decentra.domain.guild.Guild;
import chat.decentra.domain.guild.Member;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.user.UserId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Guilds in a map, for service tests; deleting one deletes everything in it, as a cascade would.
 */
public final class InMemoryGuildAdapter implements LoadGuildPort, SaveGuildPort {

  private final GuildTables tables;

  InMemoryGuildAdapter(GuildTables tables) {
    this.tables = tables;
  }

  @Override
  public Optional<Guild> loadGuild(GuildId id) {
    synchronized (tables) {
      return Optional.ofNullable(tables.guilds.get(id));
    }
  }

  @Override
  public Optional<Guild> loadGuildForUpdate(GuildId id) {
    // Transactions over the in-memory stores already run one at a time.
    return loadGuild(id);
  }

  @Override
  public List<Guild> listGuildsOf(UserId member) {
    synchronized (tables) {
      return tables.members.values().stream()
          .filter(m -> m.userId().equals(member))
          .sorted(Comparator.comparing(Member::joinedAt).thenComparing(m -> m.guildId().value()))
          .map(m -> tables.guilds.get(m.guildId()))
          .toList();
    }
  }

  @Override
  public void insertGuild(Guild guild) {
    synchronized (tables) {
      if (tables.guilds.putIfAbsent(guild.id(), guild) != null) {
        throw new IllegalStateException("guild exists: " + guild.id());
      }
    }
  }

  @Override
  public void updateGuild(Guild guild) {
    synchronized (tables) {
      tables.guilds.replace(guild.id(), guild);
    }
  }

  @Override
  public void deleteGuild(GuildId id) {
    synchronized (tables) {
      tables.guilds.remove(id);
      tables.channels.values().removeIf(c -> c.guildId().equals(id));
      tables.roles.values().removeIf(r -> r.guildId().equals(id));
      tables.members.keySet().removeIf(k -> k.guild().equals(id));
      tables.bans.keySet().removeIf(k -> k.guild().equals(id));
      tables.invites.values().removeIf(i -> i.guildId().equals(id));
      tables.audit.values().removeIf(e -> e.guildId().equals(id));
      tables.icons.remove(id);
    }
  }
}
