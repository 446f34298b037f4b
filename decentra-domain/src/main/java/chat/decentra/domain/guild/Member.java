package chat.decentra.domain.guild;

import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.id.RoleId;
import chat.decentra.domain.text.Text;
import chat.decentra.domain.user.UserId;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A user's membership of a guild.
 *
 * @param nickname the name shown in this guild instead of the user's own
 * @param roleIds the roles assigned to the member; {@code @everyone} is implicit and never listed
 */
public record Member(
    GuildId guildId,
    UserId userId,
    Optional<String> nickname,
    Set<RoleId> roleIds,
    Instant joinedAt) {

  public static final int NICKNAME_MAX = 32;

  public Member {
    if (guildId == null || userId == null) {
      throw new IllegalArgumentException("guildId and userId are required");
    }
    if (nickname == null) {
      throw new IllegalArgumentException("nickname must be present or empty");
    }
    nickname.ifPresent(
        name -> {
          if (!isValidNickname(name)) {
            throw new IllegalArgumentException("nickname is not 1-32 characters: " + name);
          }
        });
    if (roleIds == null) {
      throw new IllegalArgumentException("roleIds are required");
    }
    roleIds = Set.copyOf(roleIds);
    if (roleIds.contains(RoleId.everyone(guildId))) {
      throw new IllegalArgumentException("roleIds must not list the implicit @everyone role");
    }
    if (joinedAt == null) {
      throw new IllegalArgumentException("joinedAt is required");
    }
  }

  /** Someone who has just joined: no nickname, no roles. */
  public static Member joined(GuildId guild, UserId user, Instant now) {
    return new Member(guild, user, Optional.empty(), Set.of(), now);
  }

  /** True for a nickname of 1–32 characters, not blank, without control characters. */
  public static boolean isValidNickname(String name) {
    return Text.isPlainLine(name, 1, NICKNAME_MAX) && name.equals(name.strip());
  }

  /** The nickname as typed, without surrounding spaces; empty when it is not allowed. */
  public static Optional<String> normalizeNickname(String typed) {
    return Optional.ofNullable(typed).map(String::strip).filter(Member::isValidNickname);
  }

  public boolean hasRole(RoleId role) {
    return roleIds.contains(role);
  }

  public Member withNickname(Optional<String> newNickname) {
    return new Member(guildId, userId, newNickname, roleIds, joinedAt);
  }

  public Member withRole(RoleId role) {
    var next = new HashSet<>(roleIds);
    next.add(role);
    return new Member(guildId, userId, nickname, next, joinedAt);
  }

  public Member withoutRole(RoleId role) {
    var next = new HashSet<>(roleIds);
    next.remove(role);
    return new Member(guildId, userId, nickname, next, joinedAt);
  }
}
