package chat.decentra.adapter.undertow.ws;

import chat.decentra.adapter.undertow.json.ChannelJson;
import chat.decentra.adapter.undertow.json.GuildJson;
import chat.decentra.adapter.undertow.json.GuildViewJson;
import chat.decentra.adapter.undertow.json.RoleJson;
import chat.decentra.application.port.in.account.GetUserUseCase;
import chat.decentra.application.port.in.guild.ChannelAccess;
import chat.decentra.application.port.in.guild.GuildAccessUseCase;
import chat.decentra.application.port.in.guild.GuildView;
import chat.decentra.domain.channel.Channel;
import chat.decentra.domain.channel.ChannelId;
import chat.decentra.domain.guild.Guild;
import chat.decentra.domain.guild.GuildEvent;
import chat.decentra.domain.guild.Member;
import chat.decentra.domain.guild.Role;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.id.RoleId;
import chat.decentra.domain.permission.Permissions;
import chat.decentra.domain.user.User;
import chat.decentra.domain.user.UserId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

/**
 * Routes guild events to the sockets allowed to hear them (docs/protocol.md). The publisher only
 * queues an event; the routing runs in the guild's lane on the executor, where it asks the
 * application who may see what at the moment of sending, and keeps each socket's {@link KnownGuild}
 * so that it can tell a socket when a channel appears or disappears for it, and when its
 * permissions must be sent again ({@code GUILD_SYNC}).
 *
 * <p>Sockets hear a guild from their {@code READY} or {@code GUILD_CREATE} until their {@code
 * GUILD_DELETE}; a user who leaves, is kicked or banned gets that once and nothing after.
 */
final class GuildFanout implements ReadyGuilds {

  /** Enough lanes that busy guilds rarely wait for each other on a small machine. */
  private static final int LANES = 16;

  private final SocketRegistry registry;
  private final GuildAccessUseCase access;
  private final GetUserUseCase users;
  private final Executor executor;
  private final GuildLanes lanes;

  GuildFanout(
      SocketRegistry registry, GuildAccessUseCase access, GetUserUseCase users, Executor executor) {
    this.registry = registry;
    this.access = access;
    this.users = users;
    this.executor = executor;
    this.lanes = new GuildLanes(executor, LANES);
  }

  /** Queues the event behind the guild's earlier ones; never blocks the publisher. */
  void accept(GuildEvent event) {
    lanes.execute(event.guildId(), () -> route(event));
  }

  @Override
  public CompletableFuture<List<GuildViewJson>> subscribe(GatewaySession socket) {
    User me = socket.user();
    try {
      return CompletableFuture.supplyAsync(() -> access.guildIds(me.id()), executor)
          .thenCompose(
              ids -> {
                // Each guild's first look is taken in its lane, between two of its events.
                List<CompletableFuture<Optional<GuildViewJson>>> views =
                    ids.stream()
                        .map(guild -> lanes.submit(guild, () -> firstLook(socket, me, guild)))
                        .toList();
                return CompletableFuture.allOf(views.toArray(CompletableFuture[]::new))
                    .thenApply(
                        done -> views.stream().flatMap(view -> view.join().stream()).toList());
              });
    } catch (RejectedExecutionException busy) {
      return CompletableFuture.failedFuture(busy);
    }
  }

  /**
   * The guild as {@code READY} shows it. A socket that already follows the guild was sent it in a
   * {@code GUILD_CREATE} (the user joined while {@code READY} was being put together), which it
   * will hear right after {@code READY}: the guild is left out here rather than sent twice.
   */
  private Optional<GuildViewJson> firstLook(GatewaySession socket, User me, GuildId guild) {
    if (!socket.isOpen() || socket.guilds().containsKey(guild)) {
      return Optional.empty();
    }
    Optional<GuildView> view = access.view(me.id(), guild);
    view.ifPresent(seen -> follow(socket, seen));
    return view.map(seen -> GuildViewJson.of(seen, me));
  }

  private void route(GuildEvent event) {
    switch (event) {
      case GuildEvent.GuildCreated created -> joined(created.guildId(), created.owner().userId());
      case GuildEvent.GuildUpdated(Guild guild) -> guildUpdated(guild);
      case GuildEvent.GuildDeleted(GuildId guild) -> guildDeleted(guild);
      case GuildEvent.ChannelCreated(Channel channel) -> channelChanged(channel);
      case GuildEvent.ChannelUpdated(Channel channel) -> channelChanged(channel);
      case GuildEvent.ChannelDeleted(GuildId guild, ChannelId channel) ->
          channelDeleted(guild, channel);
      case GuildEvent.MemberJoined(Member member, User user) -> memberJoined(member, user);
      case GuildEvent.MemberLeft(GuildId guild, UserId user) -> departed(guild, user);
      case GuildEvent.MemberKicked(GuildId guild, UserId user) -> departed(guild, user);
      case GuildEvent.MemberBanned(GuildId guild, UserId user) -> departed(guild, user);
      case GuildEvent.MemberUpdated(Member member) -> memberUpdated(member);
      case GuildEvent.RoleCreated(Role role) ->
          toMembers(role.guildId(), PreparedEvent.of("GUILD_ROLE_CREATE", roleJson(role)));
      case GuildEvent.RoleUpdated(Role role) -> roleUpdated(role);
      case GuildEvent.RoleDeleted(GuildId guild, RoleId role) -> roleDeleted(guild, role);
    }
  }

  /** A new member, or the creator: every socket of theirs gets the guild as they see it. */
  private void joined(GuildId guild, UserId user) {
    Collection<GatewaySession> sockets = registry.ofUser(user);
    if (sockets.isEmpty()) {
      return;
    }
    Optional<GuildView> view = access.view(user, guild);
    Optional<User> me = users.user(user);
    if (view.isEmpty() || me.isEmpty()) {
      // Gone again already; the event that says so follows in this lane.
      return;
    }
    var created = PreparedEvent.of("GUILD_CREATE", GuildViewJson.of(view.get(), me.get()));
    for (GatewaySession socket : sockets) {
      follow(socket, view.get());
      socket.dispatch(created);
    }
  }

  private void memberJoined(Member member, User user) {
    joined(member.guildId(), member.userId());
    var added = PreparedEvent.of("GUILD_MEMBER_ADD", GuildPayloads.GuildMember.of(member, user));
    for (GatewaySession socket : audienceOf(member.guildId())) {
      if (!socket.userId().equals(member.userId())) {
        socket.dispatch(added);
      }
    }
  }

  /** Left, kicked or banned: their sockets drop the guild, the others drop the member. */
  private void departed(GuildId guild, UserId user) {
    var gone = PreparedEvent.of("GUILD_DELETE", GuildPayloads.GuildGone.of(guild));
    for (GatewaySession socket : audienceOf(guild)) {
      if (socket.userId().equals(user)) {
        unfollow(socket, guild);
        socket.dispatch(gone);
      }
    }
    users
        .user(user)
        .ifPresent(
            profile ->
                toMembers(
                    guild,
                    PreparedEvent.of(
                        "GUILD_MEMBER_REMOVE", GuildPayloads.MemberGone.of(guild, profile))));
  }

  private void guildDeleted(GuildId guild) {
    var gone = PreparedEvent.of("GUILD_DELETE", GuildPayloads.GuildGone.of(guild));
    for (GatewaySession socket : audienceOf(guild)) {
      unfollow(socket, guild);
      socket.dispatch(gone);
    }
  }

  /** Everyone hears the change; the old and the new owner also get their fresh permissions. */
  private void guildUpdated(Guild guild) {
    toMembers(guild.id(), PreparedEvent.of("GUILD_UPDATE", GuildJson.of(guild)));
    Set<UserId> affected = new LinkedHashSet<>();
    for (GatewaySession socket : audienceOf(guild.id())) {
      KnownGuild known = socket.guilds().get(guild.id());
      if (known != null && !known.owner().equals(guild.ownerId())) {
        affected.add(known.owner());
        affected.add(guild.ownerId());
        known.ownerChanged(guild.ownerId());
      }
    }
    Map<UserId, List<GatewaySession>> audience = byUser(guild.id());
    for (UserId user : affected) {
      resync(guild.id(), user, audience.getOrDefault(user, List.of()));
    }
  }

  /**
   * Created, changed (renamed, moved, overwrites) or orphaned by a deleted category: each member's
   * sockets hear it as it now is for them, which may be its appearance or disappearance.
   */
  private void channelChanged(Channel channel) {
    GuildId guild = channel.guildId();
    var gone = new Lazy(() -> PreparedEvent.of("CHANNEL_DELETE", channelGone(channel.id(), guild)));
    byUser(guild)
        .forEach(
            (user, sockets) -> {
              Optional<Permissions> permissions =
                  access.channelAccess(user, channel.id()).map(ChannelAccess::permissions);
              var seen = new HashMap<String, PreparedEvent>();
              for (GatewaySession socket : sockets) {
                KnownGuild known = socket.guilds().get(guild);
                if (known == null) {
                  continue;
                }
                boolean knew = known.channels().contains(channel.id());
                if (permissions.isPresent()) {
                  known.channels().add(channel.id());
                  String type = knew ? "CHANNEL_UPDATE" : "CHANNEL_CREATE";
                  socket.dispatch(
                      seen.computeIfAbsent(
                          type,
                          t -> PreparedEvent.of(t, ChannelJson.of(channel, permissions.get()))));
                } else if (knew) {
                  known.channels().remove(channel.id());
                  socket.dispatch(gone.get());
                }
              }
            });
  }

  /** Only sockets that were told about the channel hear that it is gone. */
  private void channelDeleted(GuildId guild, ChannelId channel) {
    var gone = new Lazy(() -> PreparedEvent.of("CHANNEL_DELETE", channelGone(channel, guild)));
    for (GatewaySession socket : audienceOf(guild)) {
      KnownGuild known = socket.guilds().get(guild);
      if (known != null && known.channels().remove(channel)) {
        socket.dispatch(gone.get());
      }
    }
  }

  /** Everyone hears the change; the member gets their permissions again when their roles moved. */
  private void memberUpdated(Member member) {
    GuildId guild = member.guildId();
    Optional<User> user = users.user(member.userId());
    if (user.isEmpty()) {
      return;
    }
    toMembers(
        guild,
        PreparedEvent.of("GUILD_MEMBER_UPDATE", GuildPayloads.GuildMember.of(member, user.get())));
    List<GatewaySession> own = byUser(guild).getOrDefault(member.userId(), List.of());
    boolean rolesMoved =
        own.stream()
            .map(socket -> socket.guilds().get(guild))
            .anyMatch(known -> known != null && !known.roles().equals(member.roleIds()));
    if (rolesMoved) {
      resync(guild, member.userId(), own);
    }
  }

  /** Everyone hears the change; its holders (everyone, for {@code @everyone}) are synced. */
  private void roleUpdated(Role role) {
    GuildId guild = role.guildId();
    toMembers(guild, PreparedEvent.of("GUILD_ROLE_UPDATE", roleJson(role)));
    byUser(guild)
        .forEach(
            (user, sockets) -> {
              if (role.isEveryone() || holds(sockets, guild, role.id())) {
                resync(guild, user, sockets);
              }
            });
  }

  private void roleDeleted(GuildId guild, RoleId role) {
    toMembers(guild, PreparedEvent.of("GUILD_ROLE_DELETE", GuildPayloads.RoleGone.of(guild, role)));
    byUser(guild)
        .forEach(
            (user, sockets) -> {
              if (holds(sockets, guild, role)) {
                resync(guild, user, sockets);
              }
            });
  }

  /** Sends the user's sockets their fresh view of the guild: {@code GUILD_SYNC}. */
  private void resync(GuildId guild, UserId user, List<GatewaySession> sockets) {
    if (sockets.isEmpty()) {
      return;
    }
    Optional<GuildView> view = access.view(user, guild);
    Optional<User> me = users.user(user);
    if (view.isEmpty() || me.isEmpty()) {
      // No longer a member; the event that says so follows in this lane.
      return;
    }
    var sync = PreparedEvent.of("GUILD_SYNC", GuildViewJson.of(view.get(), me.get()));
    for (GatewaySession socket : sockets) {
      follow(socket, view.get());
      socket.dispatch(sync);
    }
  }

  private static boolean holds(List<GatewaySession> sockets, GuildId guild, RoleId role) {
    return sockets.stream()
        .map(socket -> socket.guilds().get(guild))
        .anyMatch(known -> known != null && known.roles().contains(role));
  }

  private void toMembers(GuildId guild, PreparedEvent event) {
    for (GatewaySession socket : audienceOf(guild)) {
      socket.dispatch(event);
    }
  }

  /** The open sockets that follow the guild; closed ones found on the way are forgotten. */
  private List<GatewaySession> audienceOf(GuildId guild) {
    var open = new ArrayList<GatewaySession>();
    for (GatewaySession socket : registry.ofGuild(guild)) {
      if (socket.isOpen()) {
        open.add(socket);
      } else {
        registry.unfollow(guild, socket);
      }
    }
    return open;
  }

  private Map<UserId, List<GatewaySession>> byUser(GuildId guild) {
    var byUser = new LinkedHashMap<UserId, List<GatewaySession>>();
    for (GatewaySession socket : audienceOf(guild)) {
      byUser.computeIfAbsent(socket.userId(), user -> new ArrayList<>()).add(socket);
    }
    return byUser;
  }

  /**
   * The socket follows the guild as the view shows it. A socket that closed meanwhile is taken out
   * again: closing and following may race, and one of the two always sees the other.
   */
  private void follow(GatewaySession socket, GuildView view) {
    GuildId guild = view.guild().id();
    socket.guilds().put(guild, KnownGuild.of(view));
    registry.follow(guild, socket);
    if (!socket.isOpen()) {
      unfollow(socket, guild);
    }
  }

  private void unfollow(GatewaySession socket, GuildId guild) {
    socket.guilds().remove(guild);
    registry.unfollow(guild, socket);
  }

  private static GuildPayloads.GuildRole roleJson(Role role) {
    return new GuildPayloads.GuildRole(role.guildId().toString(), RoleJson.of(role));
  }

  private static GuildPayloads.ChannelGone channelGone(ChannelId channel, GuildId guild) {
    return GuildPayloads.ChannelGone.of(guild, channel);
  }

  /** An event encoded at most once, and only when some socket needs it. */
  private static final class Lazy {
    private final Supplier<PreparedEvent> encode;
    private PreparedEvent event;

    Lazy(Supplier<PreparedEvent> encode) {
      this.encode = encode;
    }

    PreparedEvent get() {
      if (event == null) {
        event = encode.get();
      }
      return event;
    }
  }
}
