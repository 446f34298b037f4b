package chat.decentra.application.service.guild;

import static org.assertj.core.api.Assertions.assertThat;

import chat.decentra.application.port.in.account.Caller;
import chat.decentra.application.port.in.account.Patch;
import chat.decentra.application.port.in.guild.CreateChannelUseCase;
import chat.decentra.application.port.in.guild.DeleteChannelUseCase;
import chat.decentra.application.port.in.guild.ListChannelsUseCase;
import chat.decentra.application.port.in.guild.ManageChannelOverwritesUseCase;
import chat.decentra.application.port.in.guild.ManageGuildInvitesUseCase;
import chat.decentra.application.port.in.guild.PreviewGuildInviteUseCase;
import chat.decentra.application.port.in.guild.UpdateChannelUseCase;
import chat.decentra.application.testing.guild.TestGuildApplication;
import chat.decentra.domain.audit.AuditAction;
import chat.decentra.domain.channel.Channel;
import chat.decentra.domain.channel.ChannelId;
import chat.decentra.domain.channel.ChannelKind;
import chat.decentra.domain.guild.GuildEvent;
import chat.decentra.domain.guild.GuildLimits;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.id.RoleId;
import chat.decentra.domain.invite.InviteLimits;
import chat.decentra.domain.permission.OverwriteTarget;
import chat.decentra.domain.permission.Permission;
import chat.decentra.domain.permission.PermissionOverwrite;
import chat.decentra.domain.permission.Permissions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ChannelServiceTest {

  private final TestGuildApplication t = new TestGuildApplication();
  private Caller owner;
  private Caller alice;
  private GuildId guild;
  private Channel general;

  @BeforeEach
  void guildWithAMember() {
    owner = t.user("owner");
    guild = t.createGuild(owner, "Home").guild().id();
    alice = t.member("alice", owner, guild);
    general = t.firstChannel(guild, ChannelKind.TEXT);
    t.events.clear();
  }

  private CreateChannelUseCase.Result create(
      Caller caller,
      GuildId in,
      ChannelKind kind,
      String name,
      Optional<String> topic,
      Optional<ChannelId> parent,
      Optional<Integer> position) {
    return t.app
        .createChannel()
        .create(new CreateChannelUseCase.Command(caller, in, kind, name, topic, parent, position));
  }

  private Channel created(CreateChannelUseCase.Result result) {
    assertThat(result).isInstanceOf(CreateChannelUseCase.Created.class);
    return ((CreateChannelUseCase.Created) result).channel();
  }

  private Channel create(ChannelKind kind, String name) {
    return created(
        create(owner, guild, kind, name, Optional.empty(), Optional.empty(), Optional.empty()));
  }

  private Channel createIn(Channel category, ChannelKind kind, String name) {
    return created(
        create(
            owner,
            guild,
            kind,
            name,
            Optional.empty(),
            Optional.of(category.id()),
            Optional.empty()));
  }

  private UpdateChannelUseCase.Result update(
      Caller caller,
      ChannelId channel,
      Optional<String> name,
      Patch<String> topic,
      Patch<ChannelId> parent,
      Optional<Integer> position) {
    return t.app
        .updateChannel()
        .update(new UpdateChannelUseCase.Command(caller, channel, name, topic, parent, position));
  }

  private void hideFromEveryone(Channel channel) {
    t.app
        .channelOverwrites()
        .set(
            new ManageChannelOverwritesUseCase.Command(
                owner,
                channel.id(),
                new OverwriteTarget.ForRole(RoleId.everyone(guild)),
                Permissions.none(),
                Permissions.of(Permission.VIEW_CHANNEL)));
  }

  private List<Channel> visibleTo(Caller caller) {
    var result = t.app.listChannels().channels(caller, guild);
    assertThat(result).isInstanceOf(ListChannelsUseCase.Listed.class);
    return ((ListChannelsUseCase.Listed) result).channels();
  }

  @Nested
  class Create {

    @Test
    void aTextChannelNameIsLowerCasedAndTheChannelGoesLast() {
      Channel channel = create(ChannelKind.TEXT, "Release Notes");

      assertThat(channel.name()).isEqualTo("release-notes");
      assertThat(channel.position()).isEqualTo(2);
      assertThat(channel.guildId()).isEqualTo(guild);
      assertThat(t.channels.loadChannel(channel.id())).contains(channel);
      assertThat(t.events.all()).containsExactly(new GuildEvent.ChannelCreated(channel));
      var entry = t.auditLog.listAuditEntries(guild, Optional.empty(), 1).getFirst();
      assertThat(entry.action()).isEqualTo(AuditAction.CHANNEL_CREATE);
      assertThat(entry.targetId()).isEqualTo(channel.id().toString());
    }

    @Test
    void voiceChannelsAndCategoriesKeepTheirNames() {
      assertThat(create(ChannelKind.VOICE, " Chill Zone ").name()).isEqualTo("Chill Zone");
      assertThat(create(ChannelKind.CATEGORY, "Text Channels").name()).isEqualTo("Text Channels");
    }

    @Test
    void aGivenPositionIsKept() {
      Channel channel =
          created(
              create(
                  owner,
                  guild,
                  ChannelKind.TEXT,
                  "first",
                  Optional.empty(),
                  Optional.empty(),
                  Optional.of(0)));

      assertThat(channel.position()).isZero();
      assertThat(
              create(
                  owner,
                  guild,
                  ChannelKind.TEXT,
                  "negative",
                  Optional.empty(),
                  Optional.empty(),
                  Optional.of(-1)))
          .isInstanceOf(CreateChannelUseCase.InvalidPosition.class);
    }

    @Test
    void onlyTextChannelsHaveTopicsOfUpTo1024Characters() {
      Channel text =
          created(
              create(
                  owner,
                  guild,
                  ChannelKind.TEXT,
                  "news",
                  Optional.of("x".repeat(1024)),
                  Optional.empty(),
                  Optional.empty()));
      assertThat(text.topic()).contains("x".repeat(1024));
      assertThat(
              create(
                  owner,
                  guild,
                  ChannelKind.TEXT,
                  "long",
                  Optional.of("x".repeat(1025)),
                  Optional.empty(),
                  Optional.empty()))
          .isInstanceOf(CreateChannelUseCase.InvalidTopic.class);
      assertThat(
              create(
                  owner,
                  guild,
                  ChannelKind.VOICE,
                  "Lounge",
                  Optional.of("chat here"),
                  Optional.empty(),
                  Optional.empty()))
          .isInstanceOf(CreateChannelUseCase.InvalidTopic.class);
    }

    @Test
    void badNamesAreRefusedAndChangeNothing() {
      Object before = t.state();

      for (String name : new String[] {"", "  ", "x".repeat(101), "bad\u0000", "a\u202Eb"}) {
        for (ChannelKind kind : ChannelKind.values()) {
          assertThat(
                  create(
                      owner,
                      guild,
                      kind,
                      name,
                      Optional.empty(),
                      Optional.empty(),
                      Optional.empty()))
              .as(kind + " " + name)
              .isInstanceOf(CreateChannelUseCase.InvalidName.class);
        }
      }
      assertThat(t.state()).isEqualTo(before);
      assertThat(t.events.all()).isEmpty();
    }

    @Test
    void theParentMustBeACategoryOfTheSameGuild() {
      Channel category = create(ChannelKind.CATEGORY, "Stuff");
      var other = t.user("other");
      GuildId elsewhere = t.createGuild(other, "Elsewhere").guild().id();
      Channel foreignCategory =
          created(
              create(
                  other,
                  elsewhere,
                  ChannelKind.CATEGORY,
                  "Theirs",
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty()));
      Object before = t.state();

      for (ChannelId parent :
          new ChannelId[] {general.id(), foreignCategory.id(), new ChannelId(999_999)}) {
        assertThat(
                create(
                    owner,
                    guild,
                    ChannelKind.TEXT,
                    "child",
                    Optional.empty(),
                    Optional.of(parent),
                    Optional.empty()))
            .isInstanceOf(CreateChannelUseCase.InvalidParent.class);
      }
      assertThat(
              create(
                  owner,
                  guild,
                  ChannelKind.CATEGORY,
                  "Nested",
                  Optional.empty(),
                  Optional.of(category.id()),
                  Optional.empty()))
          .isInstanceOf(CreateChannelUseCase.InvalidParent.class);
      assertThat(t.state()).isEqualTo(before);
      assertThat(createIn(category, ChannelKind.VOICE, "Inside").parentId())
          .contains(category.id());
    }

    @Test
    void aChannelMadeInAPrivateCategoryIsPrivateToo() {
      Channel category = create(ChannelKind.CATEGORY, "Staff");
      hideFromEveryone(category);

      Channel child = createIn(category, ChannelKind.TEXT, "plans");

      assertThat(child.overwrites())
          .isEqualTo(t.channels.loadChannel(category.id()).orElseThrow().overwrites());
      assertThat(visibleTo(alice))
          .extracting(Channel::id)
          .doesNotContain(child.id(), category.id());
    }

    @Test
    void aGuildHoldsAtMostTheChannelLimit() {
      for (int i = t.channels.listChannels(guild).size(); i < GuildLimits.CHANNELS_PER_GUILD; i++) {
        create(ChannelKind.TEXT, "c" + i);
      }

      assertThat(
              create(
                  owner,
                  guild,
                  ChannelKind.TEXT,
                  "one-too-many",
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty()))
          .isInstanceOf(CreateChannelUseCase.TooManyChannels.class);
    }
  }

  @Nested
  class Update {

    @Test
    void nameTopicParentAndPositionChangeTogether() {
      Channel category = create(ChannelKind.CATEGORY, "Stuff");

      var result =
          update(
              owner,
              general.id(),
              Optional.of("Lobby"),
              Patch.setTo("Say hi"),
              Patch.setTo(category.id()),
              Optional.of(7));

      Channel updated = ((UpdateChannelUseCase.Updated) result).channel();
      assertThat(updated.name()).isEqualTo("lobby");
      assertThat(updated.topic()).contains("Say hi");
      assertThat(updated.parentId()).contains(category.id());
      assertThat(updated.position()).isEqualTo(7);
      assertThat(t.channels.loadChannel(general.id())).contains(updated);
      assertThat(t.events.ofType(GuildEvent.ChannelUpdated.class))
          .extracting(GuildEvent.ChannelUpdated::channel)
          .containsExactly(updated);
    }

    @Test
    void aBlankOrClearedTopicRemovesIt() {
      update(
          owner,
          general.id(),
          Optional.empty(),
          Patch.setTo("topic"),
          Patch.unchanged(),
          Optional.empty());

      update(
          owner,
          general.id(),
          Optional.empty(),
          Patch.setTo("  "),
          Patch.unchanged(),
          Optional.empty());
      assertThat(t.channels.loadChannel(general.id()).orElseThrow().topic()).isEmpty();

      update(
          owner,
          general.id(),
          Optional.empty(),
          Patch.setTo("again"),
          Patch.unchanged(),
          Optional.empty());
      update(
          owner,
          general.id(),
          Optional.empty(),
          Patch.cleared(),
          Patch.unchanged(),
          Optional.empty());
      assertThat(t.channels.loadChannel(general.id()).orElseThrow().topic()).isEmpty();
    }

    @Test
    void leavingACategory() {
      Channel category = create(ChannelKind.CATEGORY, "Stuff");
      Channel child = createIn(category, ChannelKind.TEXT, "child");

      update(
          owner,
          child.id(),
          Optional.empty(),
          Patch.unchanged(),
          Patch.cleared(),
          Optional.empty());

      assertThat(t.channels.loadChannel(child.id()).orElseThrow().parentId()).isEmpty();
    }

    @Test
    void badValuesAreRefusedAndChangeNothing() {
      Channel voice = t.firstChannel(guild, ChannelKind.VOICE);
      Object before = t.state();

      assertThat(
              update(
                  owner,
                  general.id(),
                  Optional.of(""),
                  Patch.unchanged(),
                  Patch.unchanged(),
                  Optional.empty()))
          .isInstanceOf(UpdateChannelUseCase.InvalidName.class);
      assertThat(
              update(
                  owner,
                  voice.id(),
                  Optional.empty(),
                  Patch.setTo("topic"),
                  Patch.unchanged(),
                  Optional.empty()))
          .isInstanceOf(UpdateChannelUseCase.InvalidTopic.class);
      assertThat(
              update(
                  owner,
                  general.id(),
                  Optional.empty(),
                  Patch.setTo("t".repeat(1025)),
                  Patch.unchanged(),
                  Optional.empty()))
          .isInstanceOf(UpdateChannelUseCase.InvalidTopic.class);
      assertThat(
              update(
                  owner,
                  general.id(),
                  Optional.empty(),
                  Patch.unchanged(),
                  Patch.setTo(voice.id()),
                  Optional.empty()))
          .isInstanceOf(UpdateChannelUseCase.InvalidParent.class);
      assertThat(
              update(
                  owner,
                  general.id(),
                  Optional.empty(),
                  Patch.unchanged(),
                  Patch.setTo(general.id()),
                  Optional.empty()))
          .isInstanceOf(UpdateChannelUseCase.InvalidParent.class);
      assertThat(
              update(
                  owner,
                  general.id(),
                  Optional.empty(),
                  Patch.unchanged(),
                  Patch.unchanged(),
                  Optional.of(-3)))
          .isInstanceOf(UpdateChannelUseCase.InvalidPosition.class);
      assertThat(t.state()).isEqualTo(before);
      assertThat(t.events.all()).isEmpty();
    }

    @Test
    void unknownChannelsAndChannelsOfOtherGuildsAreNotFound() {
      var other = t.user("other");
      t.createGuild(other, "Elsewhere");

      assertThat(
              update(
                  owner,
                  new ChannelId(999_999),
                  Optional.of("x"),
                  Patch.unchanged(),
                  Patch.unchanged(),
                  Optional.empty()))
          .isInstanceOf(UpdateChannelUseCase.NotFound.class);
      assertThat(
              update(
                  other,
                  general.id(),
                  Optional.of("x"),
                  Patch.unchanged(),
                  Patch.unchanged(),
                  Optional.empty()))
          .isInstanceOf(UpdateChannelUseCase.NotFound.class);
    }

    @Test
    void aChannelTheCallerCannotViewIsNotFoundEvenWithManageChannels() {
      var manager = t.createRole(owner, guild, "Managers", Permission.MANAGE_CHANNELS);
      t.assign(owner, guild, alice.user().id(), manager.id());
      hideFromEveryone(general);

      assertThat(
              update(
                  alice,
                  general.id(),
                  Optional.of("x"),
                  Patch.unchanged(),
                  Patch.unchanged(),
                  Optional.empty()))
          .isInstanceOf(UpdateChannelUseCase.NotFound.class);
      assertThat(t.app.deleteChannel().delete(alice, general.id()))
          .isInstanceOf(DeleteChannelUseCase.NotFound.class);
    }

    @Test
    void nothingChangedMeansNothingWritten() {
      Object before = t.state();

      assertThat(
              update(
                  owner,
                  general.id(),
                  Optional.of("general"),
                  Patch.unchanged(),
                  Patch.unchanged(),
                  Optional.of(0)))
          .isInstanceOf(UpdateChannelUseCase.Updated.class);
      assertThat(t.state()).isEqualTo(before);
      assertThat(t.events.all()).isEmpty();
    }
  }

  @Nested
  class Delete {

    @Test
    void deletingAChannelTakesItsInvitesWithIt() {
      var invite =
          t.app
              .guildInvites()
              .create(
                  new ManageGuildInvitesUseCase.Command(
                      owner, guild, Optional.of(general.id()), InviteLimits.none()));
      String code = ((ManageGuildInvitesUseCase.Created) invite).invite().code().value();
      t.events.clear();

      assertThat(t.app.deleteChannel().delete(owner, general.id()))
          .isInstanceOf(DeleteChannelUseCase.Deleted.class);

      assertThat(t.channels.loadChannel(general.id())).isEmpty();
      assertThat(t.app.previewInvite().preview(code, TestGuildApplication.CLIENT))
          .isInstanceOf(PreviewGuildInviteUseCase.Unknown.class);
      assertThat(t.events.all())
          .containsExactly(new GuildEvent.ChannelDeleted(guild, general.id()));
      assertThat(t.auditLog.listAuditEntries(guild, Optional.empty(), 1).getFirst().action())
          .isEqualTo(AuditAction.CHANNEL_DELETE);
    }

    @Test
    void theChannelsOfADeletedCategoryStayWithoutOne() {
      Channel category = create(ChannelKind.CATEGORY, "Stuff");
      Channel child = createIn(category, ChannelKind.TEXT, "child");
      t.events.clear();

      t.app.deleteChannel().delete(owner, category.id());

      Channel orphan = t.channels.loadChannel(child.id()).orElseThrow();
      assertThat(orphan.parentId()).isEmpty();
      assertThat(t.events.all())
          .containsExactly(
              new GuildEvent.ChannelUpdated(orphan),
              new GuildEvent.ChannelDeleted(guild, category.id()));
    }

    @Test
    void aDeletedChannelIsNotFoundAfterwards() {
      t.app.deleteChannel().delete(owner, general.id());

      assertThat(t.app.deleteChannel().delete(owner, general.id()))
          .isInstanceOf(DeleteChannelUseCase.NotFound.class);
    }
  }

  @Nested
  class Listing {

    @Test
    void membersSeeOnlyTheChannelsTheyMayViewInOrder() {
      Channel secret = create(ChannelKind.TEXT, "secret");
      Channel first =
          created(
              create(
                  owner,
                  guild,
                  ChannelKind.TEXT,
                  "first",
                  Optional.empty(),
                  Optional.empty(),
                  Optional.of(0)));
      hideFromEveryone(secret);

      assertThat(visibleTo(alice))
          .extracting(Channel::name)
          // "first" shares position 0 with general, and the older channel comes first.
          .containsExactly("general", "first", "General");
      assertThat(visibleTo(owner)).extracting(Channel::id).contains(secret.id(), first.id());
    }

    @Test
    void aMemberDeniedByTheirOwnOverwriteDoesNotSeeTheChannel() {
      t.app
          .channelOverwrites()
          .set(
              new ManageChannelOverwritesUseCase.Command(
                  owner,
                  general.id(),
                  new OverwriteTarget.ForMember(alice.user().id()),
                  Permissions.none(),
                  Permissions.of(Permission.VIEW_CHANNEL)));

      assertThat(visibleTo(alice)).extracting(Channel::id).doesNotContain(general.id());
      assertThat(
              t.channels
                  .loadChannel(general.id())
                  .orElseThrow()
                  .overwriteFor(new OverwriteTarget.ForMember(alice.user().id())))
          .map(PermissionOverwrite::deny)
          .contains(Permissions.of(Permission.VIEW_CHANNEL));
    }
  }
}
