package chat.decentra.application.service.guild;

import static org.assertj.core.api.Assertions.assertThat;

import chat.decentra.application.port.in.account.Caller;
import chat.decentra.application.port.in.guild.ChannelAccess;
import chat.decentra.application.port.in.guild.GuildView;
import chat.decentra.application.port.in.guild.KickMemberUseCase;
import chat.decentra.application.port.in.guild.ManageChannelOverwritesUseCase;
import chat.decentra.application.testing.guild.TestGuildApplication;
import chat.decentra.domain.channel.Channel;
import chat.decentra.domain.channel.ChannelId;
import chat.decentra.domain.channel.ChannelKind;
import chat.decentra.domain.guild.Role;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.id.RoleId;
import chat.decentra.domain.permission.OverwriteTarget;
import chat.decentra.domain.permission.Permission;
import chat.decentra.domain.permission.Permissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GuildAccessServiceTest {

  private final TestGuildApplication t = new TestGuildApplication();
  private Caller owner;
  private Caller alice;
  private GuildId home;
  private GuildId club;
  private Channel general;
  private Channel voice;

  @BeforeEach
  void twoGuilds() {
    owner = t.user("owner");
    home = t.createGuild(owner, "Home").guild().id();
    t.clock.advance(Duration.ofMinutes(1));
    club = t.createGuild(owner, "Club").guild().id();
    alice = t.member("alice", owner, home);
    general = t.firstChannel(home, ChannelKind.TEXT);
    voice = t.firstChannel(home, ChannelKind.VOICE);
  }

  private void denyEveryone(Channel channel, Permission permission) {
    t.app
        .channelOverwrites()
        .set(
            new ManageChannelOverwritesUseCase.Command(
                owner,
                channel.id(),
                new OverwriteTarget.ForRole(RoleId.everyone(home)),
                Permissions.none(),
                Permissions.of(permission)));
  }

  @Test
  void readyCarriesEveryGuildWithChannelsRolesAndOwnPermissions() {
    Role mods = t.createRole(owner, home, "Mods", Permission.KICK_MEMBERS);
    t.assign(owner, home, alice.user().id(), mods.id());
    t.join(alice, t.invite(owner, club));
    denyEveryone(voice, Permission.VIEW_CHANNEL);

    List<GuildView> ready = t.app.access().ready(alice.user().id());

    assertThat(ready).extracting(v -> v.guild().name()).containsExactly("Home", "Club");
    GuildView first = ready.getFirst();
    assertThat(first.roles()).extracting(Role::name).containsExactly("@everyone", "Mods");
    assertThat(first.channels()).extracting(Channel::id).containsExactly(general.id());
    assertThat(first.permissions().has(Permission.KICK_MEMBERS)).isTrue();
    assertThat(first.channelPermissions().get(general.id()).has(Permission.SEND_MESSAGES)).isTrue();
    assertThat(first.self().roleIds()).containsExactly(mods.id());
    assertThat(t.app.access().guildIds(alice.user().id())).containsExactly(home, club);
  }

  @Test
  void channelVisibilityFollowsTheOverwrites() {
    assertThat(t.app.access().visibleChannels(alice.user().id(), home))
        .containsExactly(general.id(), voice.id());

    denyEveryone(general, Permission.VIEW_CHANNEL);

    assertThat(t.app.access().visibleChannels(alice.user().id(), home)).containsExactly(voice.id());
    assertThat(t.app.access().mayView(alice.user().id(), general.id())).isFalse();
    assertThat(t.app.access().channelAccess(alice.user().id(), general.id())).isEmpty();
    assertThat(t.app.access().mayView(owner.user().id(), general.id())).isTrue();
  }

  @Test
  void channelAccessSaysWhatTheUserMayDoThere() {
    denyEveryone(general, Permission.SEND_MESSAGES);

    Optional<ChannelAccess> access = t.app.access().channelAccess(alice.user().id(), general.id());

    assertThat(access).isPresent();
    assertThat(access.get().guildId()).isEqualTo(home);
    assertThat(access.get().kind()).isEqualTo(ChannelKind.TEXT);
    assertThat(access.get().permissions().has(Permission.VIEW_CHANNEL)).isTrue();
    assertThat(access.get().permissions().has(Permission.SEND_MESSAGES)).isFalse();
  }

  @Test
  void aKickedMemberSeesNothingOfTheGuild() {
    t.app
        .kickMember()
        .kick(new KickMemberUseCase.Command(owner, home, alice.user().id(), Optional.empty()));

    assertThat(t.app.access().guildIds(alice.user().id())).isEmpty();
    assertThat(t.app.access().ready(alice.user().id())).isEmpty();
    assertThat(t.app.access().view(alice.user().id(), home)).isEmpty();
    assertThat(t.app.access().visibleChannels(alice.user().id(), home)).isEmpty();
    assertThat(t.app.access().mayView(alice.user().id(), general.id())).isFalse();
  }

  @Test
  void unknownChannelsAreSeenByNobody() {
    assertThat(t.app.access().channelAccess(owner.user().id(), new ChannelId(4_242_424))).isEmpty();
    assertThat(t.app.access().view(owner.user().id(), new GuildId(4_242_424))).isEmpty();
  }
}
