package chat.decentra.application.testing.guild;

import chat.decentra.application.port.out.guild.GuildInvitePort;
import chat.decentra.domain.guild.GuildInvite;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.invite.InviteCode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Guild invites in a map, for service tests. */
public final class InMemoryGuildInviteAdapter implements GuildInvitePort {

  private final GuildTables tables;

  InMemoryGuildInviteAdapter(GuildTables tables) {
    this.tables = tables;
  }

  @Override
  public void insertGuildInvite(GuildInvite invite) {
    synchronized (tables) {
      tables.invites.put(invite.code(), invite);
    }
  }

  @Override
  public Optional<GuildInvite> findGuildInvite(InviteCode code) {
    synchronized (tables) {
      return Optional.ofNullable(tables.invites.get(code));
    }
  }

  @Override
  public Optional<GuildInvite> findGuildInviteForUpdate(InviteCode code) {
    // Transactions over the in-memory stores already run one at a time.
    return findGuildInvite(code);
  }

  @Override
  public void updateGuildInvite(GuildInvite invite) {
    synchronized (tables) {
      tables.invites.replace(invite.code(), invite);
    }
  }

  @Override
  public List<GuildInvite> listGuildInvites(GuildId guild) {
    synchronized (tables) {
      return tables.invites.values().stream()
          .filter(i -> i.guildId().equals(guild))
          .sorted(Comparator.comparing(GuildInvite::createdAt).reversed())
          .toList();
    }
  }
}
