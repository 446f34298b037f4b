package chat.decentra.application.service.guild;

import chat.decentra.application.port.in.account.Caller;
import chat.decentra.application.port.in.account.ClientInfo;
import chat.decentra.application.port.in.guild.AcceptGuildInviteUseCase;
import chat.decentra.application.port.in.guild.GuildInvitePreview;
import chat.decentra.application.port.in.guild.PreviewGuildInviteUseCase;
import chat.decentra.application.port.out.PublishEventPort;
import chat.decentra.application.port.out.TransactionPort;
import chat.decentra.application.port.out.guild.GuildBanPort;
import chat.decentra.application.port.out.guild.GuildInvitePort;
import chat.decentra.application.port.out.guild.LoadChannelPort;
import chat.decentra.application.port.out.guild.LoadGuildPort;
import chat.decentra.application.port.out.guild.LoadMemberPort;
import chat.decentra.application.port.out.guild.LoadRolePort;
import chat.decentra.application.port.out.guild.LoadUsersPort;
import chat.decentra.application.port.out.guild.SaveMemberPort;
import chat.decentra.domain.channel.Channel;
import chat.decentra.domain.guild.Guild;
import chat.decentra.domain.guild.GuildEvent;
import chat.decentra.domain.guild.GuildInvite;
import chat.decentra.domain.guild.GuildLimits;
import chat.decentra.domain.guild.Member;
import chat.decentra.domain.invite.InviteCode;
import chat.decentra.domain.invite.InviteState;
import chat.decentra.domain.user.User;
import chat.decentra.domain.user.UserId;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/** Shows what an invite leads to, and lets people join through it. */
public final class JoinGuildService implements PreviewGuildInviteUseCase, AcceptGuildInviteUseCase {

  private final LoadGuildPort loadGuilds;
  private final LoadChannelPort loadChannels;
  private final LoadMemberPort loadMembers;
  private final SaveMemberPort saveMembers;
  private final GuildBanPort bans;
  private final GuildInvitePort invites;
  private final LoadUsersPort users;
  private final GuildLookup lookup;
  private final GuildViews views;
  private final GuildWork work;
  private final InviteThrottle throttle;
  private final Clock clock;

  public JoinGuildService(
      LoadGuildPort loadGuilds,
      LoadChannelPort loadChannels,
      LoadRolePort loadRoles,
      LoadMemberPort loadMembers,
      SaveMemberPort saveMembers,
      GuildBanPort bans,
      GuildInvitePort invites,
      LoadUsersPort users,
      TransactionPort transactions,
      PublishEventPort events,
      Clock clock) {
    this.loadGuilds = loadGuilds;
    this.loadChannels = loadChannels;
    this.loadMembers = loadMembers;
    this.saveMembers = saveMembers;
    this.bans = bans;
    this.invites = invites;
    this.users = users;
    this.lookup = new GuildLookup(loadGuilds, loadMembers, loadRoles);
    this.views = new GuildViews(loadChannels, loadMembers);
    this.work = new GuildWork(transactions, events);
    this.throttle = new InviteThrottle(clock);
    this.clock = clock;
  }

  @Override
  public PreviewGuildInviteUseCase.Result preview(String code, ClientInfo client) {
    Optional<Duration> wait = throttle.check(client.ip());
    if (wait.isPresent()) {
      return new PreviewGuildInviteUseCase.Throttled(wait.get());
    }
    Optional<GuildInvite> found = find(code, client);
    Optional<Guild> guild = found.flatMap(invite -> loadGuilds.loadGuild(invite.guildId()));
    if (guild.isEmpty()) {
      return new PreviewGuildInviteUseCase.Unknown();
    }
    GuildInvite invite = found.get();
    InviteState state = invite.stateAt(clock.instant());
    if (state != InviteState.USABLE) {
      return new PreviewGuildInviteUseCase.Unusable(state);
    }
    Optional<Channel> channel = invite.channelId().flatMap(loadChannels::loadChannel);
    return new Preview(
        new GuildInvitePreview(
            invite.code(),
            invite.guildId(),
            guild.get().name(),
            guild.get().icon(),
            loadMembers.countMembers(invite.guildId()),
            channel.map(Channel::id),
            channel.map(Channel::name),
            invite.expiresAt()));
  }

  @Override
  public AcceptGuildInviteUseCase.Result accept(Caller caller, String code, ClientInfo client) {
    Optional<Duration> wait = throttle.check(client.ip());
    if (wait.isPresent()) {
      return new AcceptGuildInviteUseCase.Throttled(wait.get());
    }
    Optional<GuildInvite> known = find(code, client);
    if (known.isEmpty()) {
      return new AcceptGuildInviteUseCase.Unknown();
    }
    UserId user = caller.user().id();
    return work.run(
        changes -> {
          // The guild's lock first, then the invite's, in the order every change takes them.
          Optional<Guild> guild = loadGuilds.loadGuildForUpdate(known.get().guildId());
          Optional<GuildInvite> current = invites.findGuildInviteForUpdate(known.get().code());
          if (guild.isEmpty() || current.isEmpty()) {
            return new AcceptGuildInviteUseCase.Unknown();
          }
          GuildInvite invite = current.get();
          var member = lookup.member(invite.guildId(), user);
          if (member.isPresent()) {
            return new AlreadyMember(views.of(member.get()));
          }
          InviteState state = invite.stateAt(clock.instant());
          if (state != InviteState.USABLE) {
            return new AcceptGuildInviteUseCase.Unusable(state);
          }
          if (bans.findBan(invite.guildId(), user).isPresent()) {
            return new Banned();
          }
          if (loadGuilds.listGuildsOf(user).size() >= GuildLimits.GUILDS_PER_USER) {
            return new TooManyGuilds();
          }
          Member joined = Member.joined(invite.guildId(), user, clock.instant());
          if (!saveMembers.insertMember(joined)) {
            // Cannot happen under the guild's lock, but the store has the last word.
            return new AlreadyMember(views.of(lookup.member(invite.guildId(), user).orElseThrow()));
          }
          invites.updateGuildInvite(invite.withOneMoreUse());
          User profile = users.loadUsers(Set.of(user)).getOrDefault(user, caller.user());
          changes.publish(new GuildEvent.MemberJoined(joined, profile));
          return new Joined(views.of(lookup.member(invite.guildId(), user).orElseThrow()));
        });
  }

  /** The invite with that code; an unknown one counts against the client's address. */
  private Optional<GuildInvite> find(String code, ClientInfo client) {
    Optional<GuildInvite> invite =
        InviteCode.isWellFormed(code)
            ? invites.findGuildInvite(new InviteCode(code))
            : Optional.empty();
    if (invite.isEmpty()) {
      throttle.recordUnknown(client.ip());
    }
    return invite;
  }
}
