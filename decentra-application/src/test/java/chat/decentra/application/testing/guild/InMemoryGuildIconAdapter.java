package chat.decentra.application.testing.guild;

import chat.decentra.application.port.out.guild.GuildIconPort;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.media.ImageType;
import java.util.Optional;

/** Guild icons in a map, for service tests. */
public final class InMemoryGuildIconAdapter implements GuildIconPort {

  private final GuildTables tables;

  InMemoryGuildIconAdapter(GuildTables tables) {
    this.tables = tables;
  }

  @Override
  public void saveIcon(GuildId guild, ImageType type, String version, byte[] data) {
    synchronized (tables) {
      tables.icons.put(guild, new StoredIcon(type, version, data.clone()));
    }
  }

  @Override
  public Optional<StoredIcon> loadIcon(GuildId guild) {
    synchronized (tables) {
      return Optional.ofNullable(tables.icons.get(guild));
    }
  }

  @Override
  public void deleteIcon(GuildId guild) {
    synchronized (tables) {
      tables.icons.remove(guild);
    }
  }
}
