package chat.decentra.domain.channel;

import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.permission.OverwriteTarget;
import chat.decentra.domain.permission.PermissionOverwrite;
import chat.decentra.domain.text.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A text or voice channel of a guild, or a category grouping some of them.
 *
 * @param topic what the channel is about; text channels only
 * @param position sort key among the guild's channels: smaller first, ties broken by id
 * @param parentId the category the channel sits in; categories themselves have none
 * @param overwrites per-role and per-member exceptions to the guild's permissions, one per target
 */
public record Channel(
    ChannelId id,
    GuildId guildId,
    ChannelKind kind,
    String name,
    Optional<String> topic,
    int position,
    Optional<ChannelId> parentId,
    List<PermissionOverwrite> overwrites) {

  public static final int NAME_MAX = 100;
  public static final int TOPIC_MAX = 1024;

  /** The order in which channels are listed: by position, then by id. */
  public static final Comparator<Channel> ORDER =
      Comparator.comparingInt(Channel::position).thenComparingLong(c -> c.id().value());

  private static final Pattern WHITESPACE =
      Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

  public Channel {
    if (id == null || guildId == null || kind == null) {
      throw new IllegalArgumentException("id, guildId and kind are required");
    }
    if (!isValidName(kind, name)) {
      throw new IllegalArgumentException("name is not allowed for a " + kind + " channel: " + name);
    }
    if (topic == null || parentId == null) {
      throw new IllegalArgumentException("topic and parentId must be present or empty");
    }
    if (topic.isPresent() && (kind != ChannelKind.TEXT || !isValidTopic(topic.get()))) {
      throw new IllegalArgumentException("topic is only for text channels, up to 1024 characters");
    }
    if (position < 0) {
      throw new IllegalArgumentException("position must not be negative: " + position);
    }
    if (parentId.isPresent() && (kind == ChannelKind.CATEGORY || parentId.get().equals(id))) {
      throw new IllegalArgumentException("parentId is not allowed for a category or itself");
    }
    if (overwrites == null) {
      throw new IllegalArgumentException("overwrites are required");
    }
    overwrites = List.copyOf(overwrites);
    var targets = new HashSet<OverwriteTarget>();
    for (PermissionOverwrite overwrite : overwrites) {
      if (!targets.add(overwrite.target())) {
        throw new IllegalArgumentException("overwrites name a target twice: " + overwrite.target());
      }
    }
  }

  /** A new channel without topic, parent or overwrites. */
  public static Channel create(
      ChannelId id, GuildId guild, ChannelKind kind, String name, int position) {
    return new Channel(
        id, guild, kind, name, Optional.empty(), position, Optional.empty(), List.of());
  }

  /**
   * True when the name suits the kind. Voice channels and categories take 1–100 characters without
   * controls; text channel names are also lower case and have no spaces, as in {@code
   * #release-notes}.
   */
  public static boolean isValidName(ChannelKind kind, String name) {
    if (kind == null || !Text.isPlainLine(name, 1, NAME_MAX) || !name.equals(name.strip())) {
      return false;
    }
    if (kind != ChannelKind.TEXT) {
      return true;
    }
    return !WHITESPACE.matcher(name).find() && name.equals(name.toLowerCase(Locale.ROOT));
  }

  /**
   * The name as the channel will carry it, or empty when it is not allowed: surrounding spaces go,
   * and text channel names are lower-cased with inner spaces turned to dashes ({@code Release
   * Notes} becomes {@code release-notes}).
   */
  public static Optional<String> normalizeName(ChannelKind kind, String typed) {
    if (kind == null || typed == null || Text.hasControlCharacters(typed)) {
      return Optional.empty();
    }
    String name = typed.strip();
    if (kind == ChannelKind.TEXT) {
      name = WHITESPACE.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("-");
    }
    return Optional.of(name).filter(n -> isValidName(kind, n));
  }

  /** True for a topic of 1–1024 characters, not blank, without controls other than line breaks. */
  public static boolean isValidTopic(String topic) {
    return topic != null && Text.isPlainLine(topic.replace('\n', ' '), 1, TOPIC_MAX);
  }

  /** The overwrite for that role or member, if the channel has one. */
  public Optional<PermissionOverwrite> overwriteFor(OverwriteTarget target) {
    return overwrites.stream().filter(o -> o.target().equals(target)).findFirst();
  }

  public Channel withName(String newName) {
    return new Channel(id, guildId, kind, newName, topic, position, parentId, overwrites);
  }

  public Channel withTopic(Optional<String> newTopic) {
    return new Channel(id, guildId, kind, name, newTopic, position, parentId, overwrites);
  }

  public Channel withPosition(int newPosition) {
    return new Channel(id, guildId, kind, name, topic, newPosition, parentId, overwrites);
  }

  public Channel withParent(Optional<ChannelId> newParent) {
    return new Channel(id, guildId, kind, name, topic, position, newParent, overwrites);
  }

  /** The channel with this overwrite in place of any earlier one for the same target. */
  public Channel withOverwrite(PermissionOverwrite overwrite) {
    var next = new ArrayList<PermissionOverwrite>();
    for (PermissionOverwrite existing : overwrites) {
      if (!existing.target().equals(overwrite.target())) {
        next.add(existing);
      }
    }
    next.add(overwrite);
    return new Channel(id, guildId, kind, name, topic, position, parentId, next);
  }

  /** The channel without an overwrite for that target. */
  public Channel withoutOverwrite(OverwriteTarget target) {
    var next = overwrites.stream().filter(o -> !o.target().equals(target)).toList();
    return new Channel(id, guildId, kind, name, topic, position, parentId, next);
  }
}
