package chat.decentra.adapter.jooq;

import static chat.decentra.adapter.jooq.schema.Tables.USERS;

import chat.decentra.application.port.out.LoadUserPort;
import chat.decentra.application.port.out.SaveUserPort;
import chat.decentra.application.port.out.StoredCredentials;
import chat.decentra.application.port.out.guild.LoadUsersPort;
import chat.decentra.domain.user.Avatar;
import chat.decentra.domain.user.PresenceStatus;
import chat.decentra.domain.user.User;
import chat.decentra.domain.user.UserId;
import chat.decentra.domain.user.Username;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** Accounts in the {@code users} table. */
final class JooqUserAdapter implements LoadUserPort, LoadUsersPort, SaveUserPort {

  private static final String UNIQUE_VIOLATION = "23505";
  private static final String USERNAME_CONSTRAINT = "users_username_canonical_key";

  /** Every column but the password hash, which only credential look-ups read. */
  private static final List<Field<?>> USER_FIELDS =
      List.of(
          USERS.ID,
          USERS.USERNAME,
          USERS.DISPLAY_NAME,
          USERS.AVATAR_EMOJI,
          USERS.AVATAR_IMAGE_TYPE,
          USERS.AVATAR_VERSION,
          USERS.STATUS,
          USERS.CUSTOM_STATUS,
          USERS.IS_ADMIN,
          USERS.INVITED_BY,
          USERS.CREATED_AT);

  private final DSLContext dsl;

  JooqUserAdapter(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public Optional<User> loadUser(UserId id) {
    return dsl.select(USER_FIELDS)
        .from(USERS)
        .where(USERS.ID.eq(id.value()))
        .fetchOptional()
        .map(JooqUserAdapter::toUser);
  }

  @Override
  public Map<UserId, User> loadUsers(Set<UserId> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    Long[] values = ids.stream().map(UserId::value).toArray(Long[]::new);
    // On PostgreSQL one array in one parameter, however many ids: "id IN (?, ?, …)" would hit the
    // protocol's limit of 65535 parameters for a large guild. jOOQ writes ANY(array) as a chain
    // of ORs on H2, which is slow; H2 has no such limit and looks an IN list up in a hash set.
    Condition among =
        dsl.dialect().family() == SQLDialect.POSTGRES
            ? USERS.ID.eq(DSL.any(DSL.val(values, SQLDataType.BIGINT.array())))
            : USERS.ID.in(values);
    return dsl.select(USER_FIELDS).from(USERS).where(among).fetch(JooqUserAdapter::toUser).stream()
        .collect(Collectors.toUnmodifiableMap(User::id, Function.identity()));
  }

  @Override
  public Optional<StoredCredentials> loadCredentials(String canonicalUsername) {
    return dsl.select(USERS.ID, USERS.PASSWORD_HASH)
        .from(USERS)
        .where(USERS.USERNAME_CANONICAL.eq(canonicalUsername))
        .fetchOptional(r -> new StoredCredentials(new UserId(r.value1()), r.value2()));
  }

  @Override
  public Optional<StoredCredentials> loadCredentials(UserId id) {
    return dsl.select(USERS.ID, USERS.PASSWORD_HASH)
        .from(USERS)
        .where(USERS.ID.eq(id.value()))
        .fetchOptional(r -> new StoredCredentials(new UserId(r.value1()), r.value2()));
  }

  @Override
  public boolean insertUser(User user, String passwordHash) {
    var avatar = AvatarColumns.of(user.avatar());
    try {
      // ON CONFLICT DO NOTHING instead of a caught error: on PostgreSQL an error would abort the
      // caller's whole transaction. jOOQ writes it as MERGE on H2.
      int inserted =
          dsl.insertInto(USERS)
              .set(USERS.ID, user.id().value())
              .set(USERS.USERNAME, user.username().value())
              .set(USERS.USERNAME_CANONICAL, user.username().canonical())
              .set(USERS.DISPLAY_NAME, user.displayName().orElse(null))
              .set(USERS.AVATAR_EMOJI, avatar.emoji())
              .set(USERS.AVATAR_IMAGE_TYPE, avatar.imageType())
              .set(USERS.AVATAR_VERSION, avatar.version())
              .set(USERS.STATUS, user.status().wireName())
              .set(USERS.CUSTOM_STATUS, user.customStatus().orElse(null))
              .set(USERS.IS_ADMIN, user.admin())
              .set(USERS.INVITED_BY, user.invitedBy().map(UserId::value).orElse(null))
              .set(USERS.PASSWORD_HASH, passwordHash)
              .set(USERS.CREATED_AT, user.createdAt())
              .onConflict(USERS.USERNAME_CANONICAL)
              .doNothing()
              .execute();
      return inserted == 1;
    } catch (DataAccessException e) {
      if (isH2UsernameRace(e)) {
        // H2's MERGE can still collide with a concurrent, just-committed insert of the same name;
        // H2 undoes only the failed statement, so the transaction stays usable.
        return false;
      }
      throw e;
    }
  }

  private boolean isH2UsernameRace(DataAccessException e) {
    return dsl.dialect().family() == SQLDialect.H2
        && UNIQUE_VIOLATION.equals(e.sqlState())
        && String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains(USERNAME_CONSTRAINT);
  }

  @Override
  public void updateUser(User user) {
    var avatar = AvatarColumns.of(user.avatar());
    dsl.update(USERS)
        .set(USERS.DISPLAY_NAME, user.displayName().orElse(null))
        .set(USERS.AVATAR_EMOJI, avatar.emoji())
        .set(USERS.AVATAR_IMAGE_TYPE, avatar.imageType())
        .set(USERS.AVATAR_VERSION, avatar.version())
        .set(USERS.STATUS, user.status().wireName())
        .set(USERS.CUSTOM_STATUS, user.customStatus().orElse(null))
        .set(USERS.IS_ADMIN, user.admin())
        .where(USERS.ID.eq(user.id().value()))
        .execute();
  }

  @Override
  public void updatePasswordHash(UserId id, String passwordHash) {
    dsl.update(USERS)
        .set(USERS.PASSWORD_HASH, passwordHash)
        .where(USERS.ID.eq(id.value()))
        .execute();
  }

  private static User toUser(Record r) {
    String status = r.get(USERS.STATUS);
    return new User(
        new UserId(r.get(USERS.ID)),
        new Username(r.get(USERS.USERNAME)),
        Optional.ofNullable(r.get(USERS.DISPLAY_NAME)),
        new AvatarColumns(
                r.get(USERS.AVATAR_EMOJI),
                r.get(USERS.AVATAR_IMAGE_TYPE),
                r.get(USERS.AVATAR_VERSION))
            .toAvatar(),
        PresenceStatus.fromWireName(status)
            .orElseThrow(() -> new IllegalStateException("unknown status in users: " + status)),
        Optional.ofNullable(r.get(USERS.CUSTOM_STATUS)),
        r.get(USERS.IS_ADMIN),
        Optional.ofNullable(r.get(USERS.INVITED_BY)).map(UserId::new),
        r.get(USERS.CREATED_AT));
  }

  /** An avatar as its three nullable columns: an emoji, or an image's media type and version. */
  private record AvatarColumns(String emoji, String imageType, String version) {

    static AvatarColumns of(Optional<Avatar> avatar) {
      if (avatar.isEmpty()) {
        return new AvatarColumns(null, null, null);
      }
      return switch (avatar.get()) {
        case Avatar.Emoji emoji -> new AvatarColumns(emoji.emoji(), null, null);
        case Avatar.Image image ->
            new AvatarColumns(null, image.type().mediaType(), image.version());
      };
    }

    Optional<Avatar> toAvatar() {
      if (emoji != null) {
        return Optional.of(new Avatar.Emoji(emoji));
      }
      if (imageType != null) {
        return Optional.of(new Avatar.Image(ImageTypes.fromStored(imageType), version));
      }
      return Optional.empty();
    }
  }
}
