package chat.decentra.application.service.guild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import chat.decentra.application.port.in.account.Caller;
import chat.decentra.application.port.in.guild.CreateGuildUseCase;
import chat.decentra.application.port.in.guild.DeleteGuildUseCase;
import chat.decentra.application.port.in.guild.GetGuildUseCase;
import chat.decentra.application.port.in.guild.GuildView;
import chat.decentra.application.port.in.guild.LeaveGuildUseCase;
import chat.decentra.application.port.in.guild.PreviewGuildInviteUseCase;
import chat.decentra.application.port.in.guild.TransferGuildOwnershipUseCase;
import chat.decentra.application.port.in.guild.UpdateGuildUseCase;
import chat.decentra.application.testing.guild.TestGuildApplication;
import chat.decentra.domain.audit.AuditAction;
import chat.decentra.domain.channel.Channel;
import chat.decentra.domain.channel.ChannelKind;
import chat.decentra.domain.guild.Guild;
import chat.decentra.domain.guild.GuildEvent;
import chat.decentra.domain.guild.GuildLimits;
import chat.decentra.domain.guild.Role;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.permission.Permissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GuildServiceTest {

  private final TestGuildApplication t = new TestGuildApplication();
  private Caller owner;

  @BeforeEach
  void ownerIsSignedIn() {
    owner = t.user("owner");
  }

  private CreateGuildUseCase.Result create(Caller caller, String name) {
    return t.app.createGuild().create(new CreateGuildUseCase.Command(caller, name));
  }

  @Nested
  class Create {

    @Test
    void aNewGuildHasAGeneralTextAndVoiceChannelAndItsCreatorAsOwner() {
      GuildView view = t.createGuild(owner, "Book Club");

      assertThat(view.guild().name()).isEqualTo("Book Club");
      assertThat(view.guild().ownerId()).isEqualTo(owner.user().id());
      assertThat(view.self().userId()).isEqualTo(owner.user().id());
      assertThat(view.channels())
          .extracting(Channel::kind, Channel::name)
          .containsExactly(tuple(ChannelKind.TEXT, "general"), tuple(ChannelKind.VOICE, "General"));
      assertThat(view.roles()).extracting(Role::isEveryone).containsExactly(true);
      assertThat(view.roles().getFirst().permissions())
          .isEqualTo(Role.DEFAULT_EVERYONE_PERMISSIONS);
      assertThat(view.permissions()).isEqualTo(Permissions.all());
      assertThat(view.memberCount()).isEqualTo(1);
    }

    @Test
    void creatingIsAnnouncedToTheOwnerWithEverythingInIt() {
      GuildView view = t.createGuild(owner, "Book Club");

      var created = t.events.ofType(GuildEvent.GuildCreated.class);
      assertThat(created).hasSize(1);
      assertThat(created.getFirst().guild()).isEqualTo(view.guild());
      assertThat(created.getFirst().channels()).hasSize(2);
      assertThat(created.getFirst().owner().userId()).isEqualTo(owner.user().id());
    }

    @Test
    void theNameIsTrimmed() {
      assertThat(t.createGuild(owner, "  Book Club  ").guild().name()).isEqualTo("Book Club");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "tab\tname", "bell\u0007", "evil\u202Eeman"})
    void badNamesAreRefusedAndChangeNothing(String name) {
      Object before = t.state();
      t.events.clear();

      assertThat(create(owner, name)).isInstanceOf(CreateGuildUseCase.InvalidName.class);
      assertThat(t.state()).isEqualTo(before);
      assertThat(t.events.all()).isEmpty();
    }

    @Test
    void namesAreAtMostOneHundredCharacters() {
      assertThat(create(owner, "x".repeat(100))).isInstanceOf(CreateGuildUseCase.Created.class);
      assertThat(create(owner, "x".repeat(101))).isInstanceOf(CreateGuildUseCase.InvalidName.class);
      assertThat(create(owner, null)).isInstanceOf(CreateGuildUseCase.InvalidName.class);
    }

    @Test
    void nobodyBelongsToMoreGuildsThanTheLimit() {
      for (int i = 0; i < GuildLimits.GUILDS_PER_USER; i++) {
        t.createGuild(owner, "Guild " + i);
      }

      assertThat(create(owner, "One too many"))
          .isInstanceOf(CreateGuildUseCase.TooManyGuilds.class);
    }

    @Test
    void eventsAreHeardOnlyOnceTheTransactionHasCommitted() {
      var seen = new ArrayList<Boolean>();
      t.accounts.eventBus.subscribe(
          event -> {
            if (event instanceof GuildEvent.GuildCreated created) {
              // The in-memory transaction holds its lock until it commits.
              seen.add(t.guilds.loadGuild(created.guild().id()).isPresent());
              seen.add(t.transactions.committed() > 0);
            }
          });

      t.createGuild(owner, "Book Club");

      assertThat(seen).containsExactly(true, true);
    }
  }

  @Nested
  class Read {

    @Test
    void aMemberSeesTheGuildWithTheChannelsTheyMayView() {
      GuildId guild = t.createGuild(owner, "Home").guild().id();
      var alice = t.member("alice", owner, guild);

      var result = t.app.getGuild().guild(alice, guild);

      assertThat(result).isInstanceOf(GetGuildUseCase.Found.class);
      GuildView view = ((GetGuildUseCase.Found) result).guild();
      assertThat(view.self().userId()).isEqualTo(alice.user().id());
      assertThat(view.permissions()).isEqualTo(Role.DEFAULT_EVERYONE_PERMISSIONS);
      assertThat(view.memberCount()).isEqualTo(2);
      assertThat(view.channelPermissions().keySet())
          .containsExactlyInAnyOrderElementsOf(view.channels().stream().map(Channel::id).toList());
    }

    @Test
    void outsidersAndUnknownIdsGetTheSameAnswer() {
      GuildId guild = t.createGuild(owner, "Home").guild().id();
      var outsider = t.user("outsider");

      assertThat(t.app.getGuild().guild(outsider, guild))
          .isEqualTo(t.app.getGuild().guild(outsider, new GuildId(424242)))
          .isInstanceOf(GetGuildUseCase.NotFound.class);
    }

    @Test
    void myGuildsAreListedOldestMembershipFirst() {
      Guild first = t.createGuild(owner, "First").guild();
      t.clock.advance(Duration.ofMinutes(1));
      var other = t.user("other");
      Guild theirs = t.createGuild(other, "Theirs").guild();
      t.clock.advance(Duration.ofMinutes(1));
      Guild second = t.createGuild(owner, "Second").guild();
      t.clock.advance(Duration.ofMinutes(1));
      t.join(owner, t.invite(other, theirs.id()));

      assertThat(t.app.getGuild().myGuilds(owner))
          .extracting(Guild::name)
          .containsExactly("First", "Second", "Theirs");
      assertThat(t.app.getGuild().myGuilds(t.user("nobody"))).isEmpty();
      assertThat(first.id()).isNotEqualTo(second.id());
    }
  }

  @Nested
  class Update {

    private GuildId guild;

    @BeforeEach
    void guildExists() {
      guild = t.createGuild(owner, "Home").guild().id();
      t.events.clear();
    }

    private UpdateGuildUseCase.Result rename(Caller caller, String name) {
      return t.app
          .updateGuild()
          .update(new UpdateGuildUseCase.Command(caller, guild, Optional.ofNullable(name)));
    }

    @Test
    void renamingIsAnnouncedAndAudited() {
      var result = rename(owner, " New Home ");

      assertThat(result).isInstanceOf(UpdateGuildUseCase.Updated.class);
      assertThat(t.guilds.loadGuild(guild).orElseThrow().name()).isEqualTo("New Home");
      assertThat(t.events.ofType(GuildEvent.GuildUpdated.class))
          .extracting(e -> e.guild().name())
          .containsExactly("New Home");
      var entry = t.auditLog.listAuditEntries(guild, Optional.empty(), 1).getFirst();
      assertThat(entry.action()).isEqualTo(AuditAction.GUILD_UPDATE);
      assertThat(entry.actorId()).isEqualTo(owner.user().id());
      assertThat(entry.detail()).contains("New Home");
    }

    @Test
    void aBadNameChangesNothing() {
      Object before = t.state();

      assertThat(rename(owner, "x".repeat(101))).isInstanceOf(UpdateGuildUseCase.InvalidName.class);
      assertThat(rename(owner, "")).isInstanceOf(UpdateGuildUseCase.InvalidName.class);
      assertThat(t.state()).isEqualTo(before);
      assertThat(t.events.all()).isEmpty();
    }

    @Test
    void keepingTheNameWritesAndAnnouncesNothing() {
      Object before = t.state();

      assertThat(rename(owner, "Home")).isInstanceOf(UpdateGuildUseCase.Updated.class);
      assertThat(rename(owner, null)).isInstanceOf(UpdateGuildUseCase.Updated.class);
      assertThat(t.state()).isEqualTo(before);
      assertThat(t.events.all()).isEmpty();
    }
  }

  @Nested
  class DeleteTransferLeave {

    private GuildId guild;
    private Caller alice;

    @BeforeEach
    void guildWithAMember() {
      guild = t.createGuild(owner, "Home").guild().id();
      alice = t.member("alice", owner, guild);
      t.events.clear();
    }

    @Test
    void deletingRemovesEverythingInTheGuild() {
      String code = t.invite(owner, guild);
      t.createRole(owner, guild, "Mods");
      GuildId elsewhere = t.createGuild(owner, "Elsewhere").guild().id();
      t.events.clear();

      assertThat(t.app.deleteGuild().delete(owner, guild))
          .isInstanceOf(DeleteGuildUseCase.Deleted.class);

      assertThat(t.guilds.loadGuild(guild)).isEmpty();
      assertThat(t.channels.listChannels(guild)).isEmpty();
      assertThat(t.roles.listRoles(guild)).isEmpty();
      assertThat(t.members.listMembers(guild)).isEmpty();
      assertThat(t.invites.listGuildInvites(guild)).isEmpty();
      assertThat(t.auditLog.listAuditEntries(guild, Optional.empty(), 100)).isEmpty();
      assertThat(t.app.previewInvite().preview(code, TestGuildApplication.CLIENT))
          .isInstanceOf(PreviewGuildInviteUseCase.Unknown.class);
      assertThat(t.app.getGuild().myGuilds(alice)).isEmpty();
      assertThat(t.events.all()).containsExactly(new GuildEvent.GuildDeleted(guild));
      assertThat(t.guilds.loadGuild(elsewhere)).isPresent();
      assertThat(t.channels.listChannels(elsewhere)).hasSize(2);
    }

    @Test
    void transferMakesAnotherMemberOwner() {
      var result = t.app.transferOwnership().transfer(owner, guild, alice.user().id());

      assertThat(result).isInstanceOf(TransferGuildOwnershipUseCase.Transferred.class);
      Guild now = t.guilds.loadGuild(guild).orElseThrow();
      assertThat(now.ownerId()).isEqualTo(alice.user().id());
      assertThat(t.events.ofType(GuildEvent.GuildUpdated.class))
          .extracting(e -> e.guild().ownerId())
          .containsExactly(alice.user().id());
      assertThat(t.auditLog.listAuditEntries(guild, Optional.empty(), 1).getFirst().action())
          .isEqualTo(AuditAction.GUILD_OWNER_TRANSFER);
      // The former owner is an ordinary member now, and may leave.
      assertThat(t.app.deleteGuild().delete(owner, guild))
          .isInstanceOf(DeleteGuildUseCase.Forbidden.class);
      assertThat(t.app.leaveGuild().leave(owner, guild)).isInstanceOf(LeaveGuildUseCase.Left.class);
    }

    @Test
    void ownershipGoesOnlyToMembers() {
      var stranger = t.user("stranger");
      Object before = t.state();

      assertThat(t.app.transferOwnership().transfer(owner, guild, stranger.user().id()))
          .isInstanceOf(TransferGuildOwnershipUseCase.MemberNotFound.class);
      assertThat(t.state()).isEqualTo(before);
    }

    @Test
    void transferringToOneselfChangesNothing() {
      Object before = t.state();

      assertThat(t.app.transferOwnership().transfer(owner, guild, owner.user().id()))
          .isInstanceOf(TransferGuildOwnershipUseCase.Transferred.class);
      assertThat(t.state()).isEqualTo(before);
      assertThat(t.events.all()).isEmpty();
    }

    @Test
    void theOwnerMustHandTheGuildOverBeforeLeaving() {
      assertThat(t.app.leaveGuild().leave(owner, guild))
          .isInstanceOf(LeaveGuildUseCase.OwnerMustTransfer.class);
      assertThat(t.members.loadMember(guild, owner.user().id())).isPresent();
    }

    @Test
    void aMemberWhoLeavesIsGoneAndMayComeBack() {
      assertThat(t.app.leaveGuild().leave(alice, guild)).isInstanceOf(LeaveGuildUseCase.Left.class);

      assertThat(t.members.loadMember(guild, alice.user().id())).isEmpty();
      assertThat(t.events.all())
          .containsExactly(new GuildEvent.MemberLeft(guild, alice.user().id()));
      assertThat(t.app.leaveGuild().leave(alice, guild))
          .isInstanceOf(LeaveGuildUseCase.NotFound.class);
      t.join(alice, t.invite(owner, guild));
      assertThat(t.members.loadMember(guild, alice.user().id())).isPresent();
    }

    @Test
    void aDeletedGuildIsNotFoundForEveryone() {
      t.app.deleteGuild().delete(owner, guild);

      assertThat(t.app.deleteGuild().delete(owner, guild))
          .isInstanceOf(DeleteGuildUseCase.NotFound.class);
      assertThat(t.app.getGuild().guild(alice, guild)).isInstanceOf(GetGuildUseCase.NotFound.class);
      assertThat(List.of(t.app.leaveGuild().leave(alice, guild)))
          .first()
          .isInstanceOf(LeaveGuildUseCase.NotFound.class);
    }
  }
}
