package chat.decentra.domain.guild;

import chat.decentra.domain.channel.Channel;
import chat.decentra.domain.channel.ChannelId;
import chat.decentra.domain.event.DomainEvent;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.id.RoleId;
import chat.decentra.domain.user.User;
import chat.decentra.domain.user.UserId;
import java.util.List;
import java.util.Optional;

/**
 * Something that changed in a guild, for the members who may see it.
 *
 * <p>Routing: an event goes to the members of {@link #guildId()}; when {@link #channelScope()} is
 * present, only to those who may view that channel (for a deleted channel: who could view it).
 * {@link #departedUser()} names a user who is no longer a member but must still hear the event, so
 * that their clients drop the guild.
 */
public sealed interface GuildEvent extends DomainEvent {

  GuildId guildId();

  /** The channel whose viewers alone should hear the event, when it concerns one channel. */
  default Optional<ChannelId> channelScope() {
    return Optional.empty();
  }

  /** A user who just stopped being a member and must be told, then hear nothing more. */
  default Optional<UserId> departedUser() {
    return Optional.empty();
  }

  /** A guild was created; its owner is its only member. */
  record GuildCreated(Guild guild, List<Role> roles, List<Channel> channels, Member owner)
      implements GuildEvent {
    public GuildCreated {
      roles = List.copyOf(roles);
      channels = List.copyOf(channels);
    }

    @Override
    public GuildId guildId() {
      return guild.id();
    }
  }

  /** The guild's name, icon or owner changed. */
  record GuildUpdated(Guild guild) implements GuildEvent {
    @Override
    public GuildId guildId() {
      return guild.id();
    }
  }

  /** The guild and everything in it are gone; every member's clients drop it. */
  record GuildDeleted(GuildId guildId) implements GuildEvent {}

  record ChannelCreated(Channel channel) implements GuildEvent {
    @Override
    public GuildId guildId() {
      return channel.guildId();
    }

    @Override
    public Optional<ChannelId> channelScope() {
      return Optional.of(channel.id());
    }
  }

  /**
   * A channel's name, topic, position, parent or overwrites changed. Members who could view it
   * before but cannot now must be told it is gone for them.
   */
  record ChannelUpdated(Channel channel) implements GuildEvent {
    @Override
    public GuildId guildId() {
      return channel.guildId();
    }

    @Override
    public Optional<ChannelId> channelScope() {
      return Optional.of(channel.id());
    }
  }

  record ChannelDeleted(GuildId guildId, ChannelId channelId) implements GuildEvent {
    @Override
    public Optional<ChannelId> channelScope() {
      return Optional.of(channelId);
    }
  }

  /** Someone joined; the joiner's own clients must add the guild. */
  record MemberJoined(Member member, User user) implements GuildEvent {
    @Override
    public GuildId guildId() {
      return member.guildId();
    }
  }

  /** A member left of their own accord. */
  record MemberLeft(GuildId guildId, UserId userId) implements GuildEvent {
    @Override
    public Optional<UserId> departedUser() {
      return Optional.of(userId);
    }
  }

  /** A member's nickname or roles changed; what they may see may have changed with them. */
  record MemberUpdated(Member member) implements GuildEvent {
    @Override
    public GuildId guildId() {
      return member.guildId();
    }
  }

  record MemberKicked(GuildId guildId, UserId userId) implements GuildEvent {
    @Override
    public Optional<UserId> departedUser() {
      return Optional.of(userId);
    }
  }

  /** A user was banned, and removed if they were a member. */
  record MemberBanned(GuildId guildId, UserId userId) implements GuildEvent {
    @Override
    public Optional<UserId> departedUser() {
      return Optional.of(userId);
    }
  }

  record RoleCreated(Role role) implements GuildEvent {
    @Override
    public GuildId guildId() {
      return role.guildId();
    }
  }

  /** A role's name, colour, permissions, position or hoisting changed. */
  record RoleUpdated(Role role) implements GuildEvent {
    @Override
    public GuildId guildId() {
      return role.guildId();
    }
  }

  /** A role is gone, and with it every assignment of it. */
  record RoleDeleted(GuildId guildId, RoleId roleId) implements GuildEvent {}
}
