package chat.decentra.application.service.guild;

import static org.assertj.core.api.Assertions.assertThat;

import chat.decentra.application.port.in.account.Caller;
import chat.decentra.application.port.in.guild.KickMemberUseCase;
import chat.decentra.application.port.in.guild.ListMembersUseCase;
import chat.decentra.application.port.in.guild.MemberProfile;
import chat.decentra.application.port.in.guild.SetNicknameUseCase;
import chat.decentra.application.testing.guild.TestGuildApplication;
import chat.decentra.domain.audit.AuditAction;
import chat.decentra.domain.guild.GuildEvent;
import chat.decentra.domain.guild.Member;
import chat.decentra.domain.guild.Role;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.permission.Permission;
import chat.decentra.domain.user.UserId;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MemberServiceTest {

  private final TestGuildApplication t = new TestGuildApplication();
  private Caller owner;
  private Caller alice;
  private Caller bob;
  private GuildId guild;

  @BeforeEach
  void guildWithMembers() {
    owner = t.user("owner");
    guild = t.createGuild(owner, "Home").guild().id();
    t.clock.advance(Duration.ofMinutes(1));
    alice = t.member("alice", owner, guild);
    t.clock.advance(Duration.ofMinutes(1));
    bob = t.member("bob", owner, guild);
    t.events.clear();
  }

  private SetNicknameUseCase.Result nickname(Caller caller, UserId member, String nickname) {
    return t.app
        .setNickname()
        .setNickname(
            new SetNicknameUseCase.Command(caller, guild, member, Optional.ofNullable(nickname)));
  }

  private KickMemberUseCase.Result kick(Caller caller, UserId member, String reason) {
    return t.app
        .kickMember()
        .kick(new KickMemberUseCase.Command(caller, guild, member, Optional.ofNullable(reason)));
  }

  /** Gives the member a new role with these permissions, above every earlier role. */
  private Role grant(Caller member, String name, Permission... permissions) {
    Role role = t.createRole(owner, guild, name, permissions);
    t.moveRole(owner, guild, role.id(), 99);
    t.assign(owner, guild, member.user().id(), role.id());
    return role;
  }

  @Nested
  class Listing {

    @Test
    void membersAreListedWithTheirAccountsRolesNicknamesAndJoinDates() {
      Role helper = t.createRole(owner, guild, "Helper");
      t.assign(owner, guild, alice.user().id(), helper.id());
      nickname(alice, alice.user().id(), "Ali");

      var result = t.app.listMembers().members(bob, guild);

      var members = ((ListMembersUseCase.Listed) result).members();
      assertThat(members)
          .extracting(p -> p.user().username().value())
          .containsExactly("owner", "alice", "bob");
      MemberProfile second = members.get(1);
      assertThat(second.member().nickname()).contains("Ali");
      assertThat(second.member().roleIds()).containsExactly(helper.id());
      assertThat(second.member().joinedAt()).isBefore(members.get(2).member().joinedAt());
    }
  }

  @Nested
  class Nickname {

    @Test
    void membersSetAndClearTheirOwnNickname() {
      var result = nickname(alice, alice.user().id(), "  Ali  ");

      assertThat(((SetNicknameUseCase.Updated) result).member().nickname()).contains("Ali");
      assertThat(t.events.ofType(GuildEvent.MemberUpdated.class)).hasSize(1);
      assertThat(t.auditLog.listAuditEntries(guild, Optional.empty(), 1).getFirst().action())
          .as("one's own nickname is not an administrative action")
          .isNotEqualTo(AuditAction.MEMBER_NICKNAME_UPDATE);

      nickname(alice, alice.user().id(), null);
      assertThat(t.members.loadMember(guild, alice.user().id()).orElseThrow().nickname()).isEmpty();
      nickname(alice, alice.user().id(), "Ali");
      nickname(alice, alice.user().id(), " ");
      assertThat(t.members.loadMember(guild, alice.user().id()).orElseThrow().nickname()).isEmpty();
    }

    @Test
    void badNicknamesAreRefused() {
      Object before = t.state();

      assertThat(nickname(alice, alice.user().id(), "n".repeat(33)))
          .isInstanceOf(SetNicknameUseCase.InvalidNickname.class);
      assertThat(nickname(alice, alice.user().id(), "a\u0000b"))
          .isInstanceOf(SetNicknameUseCase.InvalidNickname.class);
      assertThat(t.state()).isEqualTo(before);
    }

    @Test
    void anotherMembersNicknameNeedsManageNicknamesAndRank() {
      grant(alice, "Mods", Permission.MANAGE_NICKNAMES);

      assertThat(nickname(bob, alice.user().id(), "x"))
          .isInstanceOf(SetNicknameUseCase.Forbidden.class);
      assertThat(nickname(alice, bob.user().id(), "Bobby"))
          .isInstanceOf(SetNicknameUseCase.Updated.class);
      assertThat(nickname(alice, owner.user().id(), "Boss"))
          .isInstanceOf(SetNicknameUseCase.Forbidden.class);
      assertThat(t.auditLog.listAuditEntries(guild, Optional.empty(), 1).getFirst())
          .satisfies(
              entry -> {
                assertThat(entry.action()).isEqualTo(AuditAction.MEMBER_NICKNAME_UPDATE);
                assertThat(entry.targetId()).isEqualTo(bob.user().id().toString());
                assertThat(entry.detail()).contains("Bobby");
              });
    }

    @Test
    void withoutChangeNicknameOneKeepsOnesName() {
      t.everyoneMay(owner, guild, Permission.VIEW_CHANNEL);

      assertThat(nickname(alice, alice.user().id(), "Ali"))
          .isInstanceOf(SetNicknameUseCase.Forbidden.class);
    }

    @Test
    void nonMembersHaveNoNickname() {
      assertThat(nickname(owner, t.user("stranger").user().id(), "x"))
          .isInstanceOf(SetNicknameUseCase.MemberNotFound.class);
    }
  }

  @Nested
  class Kick {

    @Test
    void aKickedMemberIsGoneButMayRejoin() {
      var result = kick(owner, alice.user().id(), "rude");

      assertThat(result).isInstanceOf(KickMemberUseCase.Kicked.class);
      assertThat(t.members.loadMember(guild, alice.user().id())).isEmpty();
      assertThat(t.events.all())
          .containsExactly(new GuildEvent.MemberKicked(guild, alice.user().id()));
      var entry = t.auditLog.listAuditEntries(guild, Optional.empty(), 1).getFirst();
      assertThat(entry.action()).isEqualTo(AuditAction.MEMBER_KICK);
      assertThat(entry.reason()).contains("rude");
      t.join(alice, t.invite(owner, guild));
    }

    @Test
    void onlyMembersBelowTheKickerMayBeKicked() {
      grant(alice, "Mods", Permission.KICK_MEMBERS);
      grant(bob, "Admins", Permission.KICK_MEMBERS);
      Object before = t.state();

      assertThat(kick(alice, bob.user().id(), null))
          .isInstanceOf(KickMemberUseCase.Forbidden.class);
      assertThat(kick(alice, alice.user().id(), null))
          .isInstanceOf(KickMemberUseCase.Forbidden.class);
      assertThat(kick(bob, owner.user().id(), null))
          .isInstanceOf(KickMemberUseCase.Forbidden.class);
      assertThat(t.state()).isEqualTo(before);
      assertThat(kick(bob, alice.user().id(), null)).isInstanceOf(KickMemberUseCase.Kicked.class);
    }

    @Test
    void kickingSomeoneWhoIsNotAMember() {
      assertThat(kick(owner, t.user("stranger").user().id(), null))
          .isInstanceOf(KickMemberUseCase.MemberNotFound.class);
    }

    @Test
    void aReasonIsAtMost512Characters() {
      assertThat(kick(owner, alice.user().id(), "r".repeat(513)))
          .isInstanceOf(KickMemberUseCase.InvalidReason.class);
      assertThat(t.members.loadMember(guild, alice.user().id())).isPresent();
    }

    @Test
    void membershipsAreRecordsOfTheGuild() {
      Member member = t.members.loadMember(guild, bob.user().id()).orElseThrow();
      assertThat(member.guildId()).isEqualTo(guild);
    }
  }
}
