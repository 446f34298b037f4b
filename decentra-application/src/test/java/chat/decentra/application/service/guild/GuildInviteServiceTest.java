package chat.decentra.application.service.guild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import chat.decentra.application.port.in.account.Caller;
import chat.decentra.application.port.in.account.ClientInfo;
import chat.decentra.application.port.in.guild.AcceptGuildInviteUseCase;
import chat.decentra.application.port.in.guild.GuildInvitePreview;
import chat.decentra.application.port.in.guild.ManageChannelOverwritesUseCase;
import chat.decentra.application.port.in.guild.ManageGuildInvitesUseCase;
import chat.decentra.application.port.in.guild.PreviewGuildInviteUseCase;
import chat.decentra.application.testing.guild.TestGuildApplication;
import chat.decentra.domain.audit.AuditAction;
import chat.decentra.domain.channel.Channel;
import chat.decentra.domain.channel.ChannelId;
import chat.decentra.domain.channel.ChannelKind;
import chat.decentra.domain.guild.GuildEvent;
import chat.decentra.domain.guild.GuildInvite;
import chat.decentra.domain.guild.GuildLimits;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.id.RoleId;
import chat.decentra.domain.invite.InviteCode;
import chat.decentra.domain.invite.InviteLimits;
import chat.decentra.domain.invite.InviteState;
import chat.decentra.domain.permission.OverwriteTarget;
import chat.decentra.domain.permission.Permission;
import chat.decentra.domain.permission.Permissions;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GuildInviteServiceTest {

  private static final ClientInfo CLIENT = TestGuildApplication.CLIENT;

  private final TestGuildApplication t = new TestGuildApplication();
  private Caller owner;
  private GuildId guild;
  private Channel general;

  @BeforeEach
  void guildExists() {
    owner = t.user("owner");
    guild = t.createGuild(owner, "Home").guild().id();
    general = t.firstChannel(guild, ChannelKind.TEXT);
    t.events.clear();
  }

  private ManageGuildInvitesUseCase.CreateResult create(
      Caller caller, Optional<ChannelId> channel, InviteLimits limits) {
    return t.app
        .guildInvites()
        .create(new ManageGuildInvitesUseCase.Command(caller, guild, channel, limits));
  }

  private GuildInvite created(ManageGuildInvitesUseCase.CreateResult result) {
    assertThat(result).isInstanceOf(ManageGuildInvitesUseCase.Created.class);
    return ((ManageGuildInvitesUseCase.Created) result).invite();
  }

  private GuildInvite invite(Optional<Integer> maxUses, Optional<Duration> maxAge) {
    return created(create(owner, Optional.empty(), new InviteLimits(maxUses, maxAge)));
  }

  @Nested
  class Manage {

    @Test
    void anInviteCarriesAtLeast128RandomBits() {
      GuildInvite invite = created(create(owner, Optional.of(general.id()), InviteLimits.none()));

      assertThat(Base64.getUrlDecoder().decode(invite.code().value()))
          .hasSizeGreaterThanOrEqualTo(16);
      assertThat(invite.guildId()).isEqualTo(guild);
      assertThat(invite.channelId()).contains(general.id());
      assertThat(invite.createdBy()).isEqualTo(owner.user().id());
      assertThat(invite.uses()).isZero();
      assertThat(t.auditLog.listAuditEntries(guild, Optional.empty(), 1).getFirst().action())
          .isEqualTo(AuditAction.INVITE_CREATE);
      assertThat(created(create(owner, Optional.empty(), InviteLimits.none())).code())
          .isNotEqualTo(invite.code());
    }

    @Test
    void limitsSetExpiryAndUses() {
      GuildInvite invite = invite(Optional.of(3), Optional.of(Duration.ofHours(2)));

      assertThat(invite.maxUses()).contains(3);
      assertThat(invite.expiresAt()).contains(t.clock.instant().plus(Duration.ofHours(2)));
    }

    @Test
    void theChannelMustBeOneOfThisGuildsThatTheCallerSees() {
      var other = t.user("other");
      GuildId elsewhere = t.createGuild(other, "Elsewhere").guild().id();
      Object before = t.state();

      assertThat(
              create(
                  owner,
                  Optional.of(t.firstChannel(elsewhere, ChannelKind.TEXT).id()),
                  InviteLimits.none()))
          .isInstanceOf(ManageGuildInvitesUseCase.ChannelNotFound.class);
      assertThat(create(owner, Optional.of(new ChannelId(123_456)), InviteLimits.none()))
          .isInstanceOf(ManageGuildInvitesUseCase.ChannelNotFound.class);
      assertThat(t.state()).isEqualTo(before);
    }

    @Test
    void createInviteDeniedInAChannelForbidsInvitesToIt() {
      var alice = t.member("alice", owner, guild);
      t.app
          .channelOverwrites()
          .set(
              new ManageChannelOverwritesUseCase.Command(
                  owner,
                  general.id(),
                  new OverwriteTarget.ForRole(RoleId.everyone(guild)),
                  Permissions.none(),
                  Permissions.of(Permission.CREATE_INVITE)));

      assertThat(create(alice, Optional.of(general.id()), InviteLimits.none()))
          .isInstanceOf(ManageGuildInvitesUseCase.Forbidden.class);
      assertThat(create(alice, Optional.empty(), InviteLimits.none()))
          .isInstanceOf(ManageGuildInvitesUseCase.Created.class);
    }

    @Test
    void theListShowsUseCountsNewestFirst() {
      GuildInvite older = invite(Optional.empty(), Optional.empty());
      t.clock.advance(Duration.ofSeconds(1));
      GuildInvite newer = invite(Optional.empty(), Optional.empty());
      t.join(t.user("alice"), older.code().value());
      t.join(t.user("bob"), older.code().value());

      var result = t.app.guildInvites().list(owner, guild);

      assertThat(((ManageGuildInvitesUseCase.Listed) result).invites())
          .extracting(GuildInvite::code, GuildInvite::uses)
          .containsExactly(tuple(newer.code(), 0), tuple(older.code(), 2));
    }

    @Test
    void theCreatorMayRevokeTheirOwnInviteWithoutManagingTheGuild() {
      var alice = t.member("alice", owner, guild);
      var bob = t.member("bob", owner, guild);
      GuildInvite hers = created(create(alice, Optional.empty(), InviteLimits.none()));

      assertThat(t.app.guildInvites().revoke(bob, guild, hers.code().value()))
          .isInstanceOf(ManageGuildInvitesUseCase.Forbidden.class);
      var result = t.app.guildInvites().revoke(alice, guild, hers.code().value());

      assertThat(((ManageGuildInvitesUseCase.Revoked) result).invite().revoked()).isTrue();
      assertThat(t.invites.findGuildInvite(hers.code()).orElseThrow().revoked()).isTrue();
      assertThat(t.auditLog.listAuditEntries(guild, Optional.empty(), 1).getFirst().action())
          .isEqualTo(AuditAction.INVITE_REVOKE);
    }

    @Test
    void unknownOrMalformedCodesAreNotFound() {
      assertThat(t.app.guildInvites().revoke(owner, guild, "not a code"))
          .isInstanceOf(ManageGuildInvitesUseCase.NotFound.class);
      assertThat(t.app.guildInvites().revoke(owner, guild, "A".repeat(22)))
          .isInstanceOf(ManageGuildInvitesUseCase.NotFound.class);
      assertThat(t.app.guildInvites().revoke(owner, guild, null))
          .isInstanceOf(ManageGuildInvitesUseCase.NotFound.class);
    }
  }

  @Nested
  class PreviewAndAccept {

    private PreviewGuildInviteUseCase.Result preview(String code) {
      return t.app.previewInvite().preview(code, CLIENT);
    }

    private AcceptGuildInviteUseCase.Result accept(Caller caller, String code) {
      return t.app.acceptInvite().accept(caller, code, CLIENT);
    }

    @Test
    void anyoneHoldingTheCodeSeesNameIconMemberCountAndChannel() {
      GuildInvite invite = created(create(owner, Optional.of(general.id()), InviteLimits.none()));
      t.member("alice", owner, guild);

      var result = preview(invite.code().value());

      GuildInvitePreview shown = ((PreviewGuildInviteUseCase.Preview) result).invite();
      assertThat(shown.guildId()).isEqualTo(guild);
      assertThat(shown.guildName()).isEqualTo("Home");
      assertThat(shown.icon()).isEmpty();
      assertThat(shown.memberCount()).isEqualTo(2);
      assertThat(shown.channelId()).contains(general.id());
      assertThat(shown.channelName()).contains("general");
    }

    @Test
    void joiningUsesTheInviteAndIsAnnounced() {
      GuildInvite invite = invite(Optional.empty(), Optional.empty());
      var alice = t.user("alice");

      var result = accept(alice, invite.code().value());

      assertThat(result).isInstanceOf(AcceptGuildInviteUseCase.Joined.class);
      var view = ((AcceptGuildInviteUseCase.Joined) result).guild();
      assertThat(view.guild().id()).isEqualTo(guild);
      assertThat(view.self().userId()).isEqualTo(alice.user().id());
      assertThat(view.memberCount()).isEqualTo(2);
      assertThat(t.invites.findGuildInvite(invite.code()).orElseThrow().uses()).isEqualTo(1);
      var joined = t.events.ofType(GuildEvent.MemberJoined.class);
      assertThat(joined).hasSize(1);
      assertThat(joined.getFirst().user().username().value()).isEqualTo("alice");
      assertThat(joined.getFirst().member().joinedAt()).isEqualTo(t.clock.instant());
    }

    @Test
    void aMemberAlreadyInTheGuildDoesNotUseTheInvite() {
      GuildInvite invite = invite(Optional.of(1), Optional.empty());
      Object before = t.state();

      assertThat(accept(owner, invite.code().value()))
          .isInstanceOf(AcceptGuildInviteUseCase.AlreadyMember.class);
      assertThat(t.state()).isEqualTo(before);
    }

    @Test
    void anInviteOfAnotherServerIsNotFoundThroughThisOne() {
      var other = t.createGuild(owner, "Other").guild().id();
      GuildInvite hers = created(create(owner, Optional.empty(), InviteLimits.none()));

      assertThat(t.app.guildInvites().revoke(owner, other, hers.code().value()))
          .isInstanceOf(ManageGuildInvitesUseCase.NotFound.class);
      assertThat(t.invites.findGuildInvite(hers.code()).orElseThrow().revoked()).isFalse();
    }

    @Test
    void usedExpiredRevokedAndUnknownCodesEachHaveTheirAnswer() {
      GuildInvite once = invite(Optional.of(1), Optional.empty());
      GuildInvite hour = invite(Optional.empty(), Optional.of(Duration.ofHours(1)));
      GuildInvite revoked = invite(Optional.empty(), Optional.empty());
      t.app.guildInvites().revoke(owner, guild, revoked.code().value());
      t.join(t.user("first"), once.code().value());
      t.clock.advance(Duration.ofHours(1));
      var late = t.user("late");
      Object before = t.state();

      assertThat(accept(late, once.code().value()))
          .isEqualTo(new AcceptGuildInviteUseCase.Unusable(InviteState.USED_UP));
      assertThat(accept(late, hour.code().value()))
          .isEqualTo(new AcceptGuildInviteUseCase.Unusable(InviteState.EXPIRED));
      assertThat(accept(late, revoked.code().value()))
          .isEqualTo(new AcceptGuildInviteUseCase.Unusable(InviteState.REVOKED));
      assertThat(accept(late, "Z".repeat(22))).isInstanceOf(AcceptGuildInviteUseCase.Unknown.class);
      assertThat(accept(late, "../etc")).isInstanceOf(AcceptGuildInviteUseCase.Unknown.class);
      assertThat(preview(once.code().value()))
          .isEqualTo(new PreviewGuildInviteUseCase.Unusable(InviteState.USED_UP));
      assertThat(preview(hour.code().value()))
          .isEqualTo(new PreviewGuildInviteUseCase.Unusable(InviteState.EXPIRED));
      assertThat(preview(revoked.code().value()))
          .isEqualTo(new PreviewGuildInviteUseCase.Unusable(InviteState.REVOKED));
      assertThat(preview("Z".repeat(22))).isInstanceOf(PreviewGuildInviteUseCase.Unknown.class);
      assertThat(t.state()).isEqualTo(before);
    }

    @Test
    void aBannedUserCannotComeBackThroughAnyInvite() {
      var alice = t.member("alice", owner, guild);
      t.ban(owner, guild, alice.user().id());
      GuildInvite fresh = invite(Optional.empty(), Optional.empty());
      var mod = t.member("mod", owner, guild);
      GuildInvite byAnother = created(create(mod, Optional.empty(), InviteLimits.none()));
      Object before = t.state();

      assertThat(accept(alice, fresh.code().value()))
          .isInstanceOf(AcceptGuildInviteUseCase.Banned.class);
      assertThat(accept(alice, byAnother.code().value()))
          .isInstanceOf(AcceptGuildInviteUseCase.Banned.class);
      assertThat(t.state()).isEqualTo(before);

      t.app.bans().unban(owner, guild, alice.user().id());
      assertThat(accept(alice, fresh.code().value()))
          .isInstanceOf(AcceptGuildInviteUseCase.Joined.class);
    }

    @Test
    void joiningRespectsTheGuildLimitPerUser() {
      var alice = t.user("alice");
      for (int i = 1; i < GuildLimits.GUILDS_PER_USER; i++) {
        t.createGuild(alice, "Mine " + i);
      }
      GuildInvite invite = invite(Optional.empty(), Optional.empty());

      assertThat(accept(alice, invite.code().value()))
          .isInstanceOf(AcceptGuildInviteUseCase.Joined.class);
      GuildId another = t.createGuild(owner, "Another").guild().id();
      String code = t.invite(owner, another);
      assertThat(accept(alice, code)).isInstanceOf(AcceptGuildInviteUseCase.TooManyGuilds.class);
    }

    @Test
    void guessingCodesGetsAnAddressThrottled() {
      GuildInvite real = invite(Optional.empty(), Optional.empty());
      var guesser = new ClientInfo("203.0.113.9", "Guesser/1.0");
      var alice = t.user("alice");
      for (int i = 0; i < InviteThrottle.LIMIT; i++) {
        assertThat(t.app.previewInvite().preview("guess" + "x".repeat(17) + i, guesser))
            .isInstanceOf(PreviewGuildInviteUseCase.Unknown.class);
      }

      assertThat(t.app.previewInvite().preview(real.code().value(), guesser))
          .isInstanceOf(PreviewGuildInviteUseCase.Throttled.class);
      assertThat(t.app.acceptInvite().accept(alice, real.code().value(), guesser))
          .isInstanceOf(AcceptGuildInviteUseCase.Throttled.class);
      // Other addresses are not affected, and the brake comes off after the window.
      assertThat(preview(real.code().value()))
          .isInstanceOf(PreviewGuildInviteUseCase.Preview.class);
      t.clock.advance(InviteThrottle.WINDOW);
      assertThat(t.app.previewInvite().preview(real.code().value(), guesser))
          .isInstanceOf(PreviewGuildInviteUseCase.Preview.class);
    }

    @Test
    void theThrottleSaysHowLongToWait() {
      var guesser = new ClientInfo("203.0.113.10", "Guesser/1.0");
      for (int i = 0; i < InviteThrottle.LIMIT; i++) {
        t.app
            .previewInvite()
            .preview(new InviteCode("y".repeat(21) + (char) ('a' + i % 26)).value(), guesser);
        t.clock.advance(Duration.ofSeconds(1));
      }

      var result = t.app.previewInvite().preview("whatever", guesser);

      assertThat(((PreviewGuildInviteUseCase.Throttled) result).retryAfter())
          .isEqualTo(InviteThrottle.WINDOW.minusSeconds(InviteThrottle.LIMIT));
    }
  }
}
