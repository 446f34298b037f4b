package chat.decentra.application.service.guild;

import static org.assertj.core.api.Assertions.assertThat;

import chat.decentra.application.port.in.account.SignUpUseCase;
import chat.decentra.application.port.in.guild.ManageGuildInvitesUseCase;
import chat.decentra.application.testing.TestApplication;
import chat.decentra.application.testing.guild.TestGuildApplication;
import chat.decentra.domain.guild.GuildEvent;
import chat.decentra.domain.invite.InviteLimits;
import chat.decentra.domain.invite.InviteState;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A server invite link lets a newcomer create an account and join the server in one go. */
class ServerInviteSignUpTest {

  private final TestApplication accounts = new TestApplication();
  private final TestGuildApplication guilds = new TestGuildApplication(accounts);

  private final Setup setup = new Setup();

  private final class Setup {
    final chat.decentra.application.port.in.account.Caller owner =
        accounts.caller(accounts.signUp("owner", TestGuildApplication.PASSWORD, null));
    final chat.decentra.domain.id.GuildId guild =
        guilds.createGuild(owner, "Book club").guild().id();
  }

  private SignUpUseCase.Result signUp(String username, String code) {
    return accounts
        .app
        .signUp()
        .signUp(
            new SignUpUseCase.Command(
                username, "another good password", Optional.of(code), TestApplication.CLIENT));
  }

  @Test
  void newcomerWithAServerInviteGetsAnAccountAndJoinsTheServer() {
    String code = guilds.invite(setup.owner, setup.guild);

    var result = signUp("newcomer", code);

    assertThat(result).isInstanceOf(SignUpUseCase.SignedUp.class);
    var newcomer = ((SignUpUseCase.SignedUp) result).session().user();
    assertThat(newcomer.invitedBy()).contains(setup.owner.user().id());
    assertThat(newcomer.admin()).isFalse();
    assertThat(guilds.members.loadMember(setup.guild, newcomer.id())).isPresent();
    assertThat(guilds.events.ofType(GuildEvent.MemberJoined.class))
        .anySatisfy(joined -> assertThat(joined.member().userId()).isEqualTo(newcomer.id()));
  }

  @Test
  void whenTheAdminTurnedItOffAServerInviteDoesNotCreateAnAccount() {
    String code = guilds.invite(setup.owner, setup.guild);
    accounts.instance.setGuildInvitesAllowSignUp(false);
    int users = accounts.users.count();

    assertThat(signUp("newcomer", code)).isInstanceOf(SignUpUseCase.InviteRequired.class);
    assertThat(accounts.users.count()).isEqualTo(users);
  }

  @Test
  void anExpiredServerInviteSaysSoAndCreatesNothing() {
    var created =
        guilds
            .app
            .guildInvites()
            .create(
                new ManageGuildInvitesUseCase.Command(
                    setup.owner,
                    setup.guild,
                    Optional.empty(),
                    new InviteLimits(Optional.empty(), Optional.of(Duration.ofHours(1)))));
    String code = ((ManageGuildInvitesUseCase.Created) created).invite().code().value();
    guilds.clock.advance(Duration.ofHours(2));
    int users = accounts.users.count();

    assertThat(signUp("newcomer", code))
        .isEqualTo(new SignUpUseCase.InviteUnusable(InviteState.EXPIRED));
    assertThat(accounts.users.count()).isEqualTo(users);
  }

  @Test
  void aTakenUsernameWithAServerInviteTakesNoUseOfTheInvite() {
    String code = guilds.invite(setup.owner, setup.guild);

    assertThat(signUp("OWNER", code)).isInstanceOf(SignUpUseCase.UsernameTaken.class);
    assertThat(guilds.invites.listGuildInvites(setup.guild).getFirst().uses()).isZero();
  }

  @Test
  void instanceInvitesStillWorkBesideServerInvites() {
    assertThat(signUp("nobody", "A".repeat(22))).isInstanceOf(SignUpUseCase.InviteUnknown.class);
  }
}
