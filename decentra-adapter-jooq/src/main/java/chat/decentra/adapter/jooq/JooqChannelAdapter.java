package chat.decentra.adapter.jooq;

import static chat.decentra.adapter.jooq.schema.Tables.CHANNELS;
import static chat.decentra.adapter.jooq.schema.Tables.CHANNEL_OVERWRITES;

import chat.decentra.adapter.jooq.schema.tables.records.ChannelOverwritesRecord;
import chat.decentra.adapter.jooq.schema.tables.records.ChannelsRecord;
import chat.decentra.application.port.out.guild.LoadChannelPort;
import chat.decentra.application.port.out.guild.SaveChannelPort;
import chat.decentra.domain.channel.Channel;
import chat.decentra.domain.channel.ChannelId;
import chat.decentra.domain.channel.ChannelKind;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.permission.PermissionOverwrite;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/**
 * Channels in the {@code channels} table with their overwrites in {@code channel_overwrites};
 * deleting one cascades to its overwrites and to the invites that lead to it.
 */
final class JooqChannelAdapter implements LoadChannelPort, SaveChannelPort {

  private final DSLContext dsl;

  JooqChannelAdapter(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public Optional<Channel> loadChannel(ChannelId id) {
    Optional<ChannelsRecord> channel =
        dsl.selectFrom(CHANNELS).where(CHANNELS.ID.eq(id.value())).fetchOptional();
    if (channel.isEmpty()) {
      return Optional.empty();
    }
    List<PermissionOverwrite> overwrites =
        dsl.selectFrom(CHANNEL_OVERWRITES)
            .where(CHANNEL_OVERWRITES.CHANNEL_ID.eq(id.value()))
            .fetch(Overwrites::toOverwrite);
    return Optional.of(toChannel(channel.get(), overwrites));
  }

  @Override
  public List<Channel> listChannels(GuildId guild) {
    List<ChannelsRecord> channels =
        dsl.selectFrom(CHANNELS)
            .where(CHANNELS.GUILD_ID.eq(guild.value()))
            .orderBy(CHANNELS.POSITION.asc(), CHANNELS.ID.asc())
            .fetch();
    if (channels.isEmpty()) {
      return List.of();
    }
    // The overwrites of every channel of the guild in one query, not one per channel.
    Map<Long, List<PermissionOverwrite>> overwrites =
        dsl
            .select(CHANNEL_OVERWRITES.fields())
            .from(CHANNEL_OVERWRITES)
            .join(CHANNELS)
            .on(CHANNELS.ID.eq(CHANNEL_OVERWRITES.CHANNEL_ID))
            .where(CHANNELS.GUILD_ID.eq(guild.value()))
            .fetchInto(CHANNEL_OVERWRITES)
            .stream()
            .collect(
                Collectors.groupingBy(
                    ChannelOverwritesRecord::getChannelId,
                    Collectors.mapping(Overwrites::toOverwrite, Collectors.toList())));
    return channels.stream()
        .map(c -> toChannel(c, overwrites.getOrDefault(c.getId(), List.of())))
        .toList();
  }

  @Override
  public void insertChannel(Channel channel) {
    dsl.insertInto(CHANNELS)
        .set(CHANNELS.ID, channel.id().value())
        .set(CHANNELS.GUILD_ID, channel.guildId().value())
        .set(CHANNELS.KIND, channel.kind().wireName())
        .set(CHANNELS.NAME, channel.name())
        .set(CHANNELS.TOPIC, channel.topic().orElse(null))
        .set(CHANNELS.POSITION, channel.position())
        .set(CHANNELS.PARENT_ID, channel.parentId().map(ChannelId::value).orElse(null))
        .execute();
    insertOverwrites(channel);
  }

  @Override
  public void updateChannel(Channel channel) {
    dsl.update(CHANNELS)
        .set(CHANNELS.NAME, channel.name())
        .set(CHANNELS.TOPIC, channel.topic().orElse(null))
        .set(CHANNELS.POSITION, channel.position())
        .set(CHANNELS.PARENT_ID, channel.parentId().map(ChannelId::value).orElse(null))
        .where(CHANNELS.ID.eq(channel.id().value()))
        .execute();
    dsl.deleteFrom(CHANNEL_OVERWRITES)
        .where(CHANNEL_OVERWRITES.CHANNEL_ID.eq(channel.id().value()))
        .execute();
    insertOverwrites(channel);
  }

  @Override
  public void deleteChannel(ChannelId id) {
    // Its overwrites and the invites that lead to it reference it ON DELETE CASCADE.
    dsl.deleteFrom(CHANNELS).where(CHANNELS.ID.eq(id.value())).execute();
  }

  private void insertOverwrites(Channel channel) {
    if (channel.overwrites().isEmpty()) {
      return;
    }
    var insert =
        dsl.insertInto(
            CHANNEL_OVERWRITES,
            CHANNEL_OVERWRITES.CHANNEL_ID,
            CHANNEL_OVERWRITES.TARGET_KIND,
            CHANNEL_OVERWRITES.TARGET_ID,
            CHANNEL_OVERWRITES.ALLOW_BITS,
            CHANNEL_OVERWRITES.DENY_BITS);
    for (PermissionOverwrite overwrite : channel.overwrites()) {
      insert =
          insert.values(
              channel.id().value(),
              Overwrites.kind(overwrite.target()),
              Overwrites.targetId(overwrite.target()),
              overwrite.allow().bits(),
              overwrite.deny().bits());
    }
    insert.execute();
  }

  private static Channel toChannel(ChannelsRecord r, List<PermissionOverwrite> overwrites) {
    String kind = r.getKind();
    return new Channel(
        new ChannelId(r.getId()),
        new GuildId(r.getGuildId()),
        ChannelKind.fromWireName(kind)
            .orElseThrow(() -> new IllegalStateException("unknown kind in channels: " + kind)),
        r.getName(),
        Optional.ofNullable(r.getTopic()),
        r.getPosition(),
        Optional.ofNullable(r.getParentId()).map(ChannelId::new),
        overwrites);
  }
}
