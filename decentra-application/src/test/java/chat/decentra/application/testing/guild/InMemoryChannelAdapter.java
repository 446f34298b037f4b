package chat.decentra.application.testing.guild;

import chat.decentra.application.port.out.guild.LoadChannelPort;
import chat.decentra.application.port.out.guild.SaveChannelPort;
import chat.decentra.domain.channel.Channel;
import chat.decentra.domain.channel.ChannelId;
import chat.decentra.domain.id.GuildId;
import java.util.List;
import java.util.Optional;

/** Channels with their overwrites in a map, for service tests. */
public final class InMemoryChannelAdapter implements LoadChannelPort, SaveChannelPort {

  private final GuildTables tables;

  InMemoryChannelAdapter(GuildTables tables) {
    this.tables = tables;
  }

  @Override
  public Optional<Channel> loadChannel(ChannelId id) {
    synchronized (tables) {
      return Optional.ofNullable(tables.channels.get(id));
    }
  }

  @Override
  public List<Channel> listChannels(GuildId guild) {
    synchronized (tables) {
      return tables.channels.values().stream()
          .filter(c -> c.guildId().equals(guild))
          .sorted(Channel.ORDER)
          .toList();
    }
  }

  @Override
  public void insertChannel(Channel channel) {
    synchronized (tables) {
      if (!tables.guilds.containsKey(channel.guildId())) {
        throw new IllegalStateException("no guild " + channel.guildId());
      }
      tables.channels.put(channel.id(), channel);
    }
  }

  @Override
  public void updateChannel(Channel channel) {
    synchronized (tables) {
      tables.channels.replace(channel.id(), channel);
    }
  }

  @Override
  public void deleteChannel(ChannelId id) {
    synchronized (tables) {
      tables.channels.remove(id);
      tables.invites.values().removeIf(i -> i.channelId().equals(Optional.of(id)));
    }
  }
}
