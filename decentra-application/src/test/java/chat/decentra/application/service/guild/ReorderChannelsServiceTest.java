package chat.decentra.application.service.guild;

import static org.assertj.core.api.Assertions.assertThat;

import chat.decentra.application.port.in.account.Caller;
import chat.decentra.application.port.in.account.Patch;
import chat.decentra.application.port.in.guild.CreateChannelUseCase;
import chat.decentra.application.port.in.guild.ReorderChannelsUseCase;
import chat.decentra.application.port.in.guild.ReorderChannelsUseCase.Move;
import chat.decentra.application.testing.guild.TestGuildApplication;
import chat.decentra.domain.audit.AuditAction;
import chat.decentra.domain.channel.Channel;
import chat.decentra.domain.channel.ChannelId;
import chat.decentra.domain.channel.ChannelKind;
import chat.decentra.domain.guild.GuildEvent;
import chat.decentra.domain.id.GuildId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReorderChannelsServiceTest {

  private final TestGuildApplication t = new TestGuildApplication();
  private Caller owner;
  private GuildId guild;
  private Channel text;
  private Channel voice;
  private Channel category;

  @BeforeEach
  void guildWithChannels() {
    owner = t.user("owner");
    guild = t.createGuild(owner, "Home").guild().id();
    text = t.firstChannel(guild, ChannelKind.TEXT);
    voice = t.firstChannel(guild, ChannelKind.VOICE);
    var result =
        t.app
            .createChannel()
            .create(
                new CreateChannelUseCase.Command(
                    owner,
                    guild,
                    ChannelKind.CATEGORY,
                    "Stuff",
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty()));
    category = ((CreateChannelUseCase.Created) result).channel();
    t.events.clear();
  }

  private ReorderChannelsUseCase.Result reorder(Move... moves) {
    return t.app
        .reorderChannels()
        .reorder(new ReorderChannelsUseCase.Command(owner, guild, List.of(moves)));
  }

  private Channel now(Channel channel) {
    return t.channels.loadChannel(channel.id()).orElseThrow();
  }

  @Test
  void allMovesApplyAndEachChangedChannelIsAnnounced() {
    var result =
        reorder(
            new Move(category.id(), 0, Patch.unchanged()),
            new Move(text.id(), 1, Patch.setTo(category.id())),
            new Move(voice.id(), 1, Patch.unchanged()));

    assertThat(result).isInstanceOf(ReorderChannelsUseCase.Reordered.class);
    assertThat(now(category).position()).isZero();
    assertThat(now(text).position()).isEqualTo(1);
    assertThat(now(text).parentId()).contains(category.id());
    assertThat(((ReorderChannelsUseCase.Reordered) result).changed())
        .containsExactly(now(category), now(text));
    assertThat(t.events.ofType(GuildEvent.ChannelUpdated.class))
        .extracting(GuildEvent.ChannelUpdated::channel)
        .containsExactly(now(category), now(text));
    assertThat(t.auditLog.listAuditEntries(guild, Optional.empty(), 1).getFirst().action())
        .isEqualTo(AuditAction.CHANNEL_REORDER);
  }

  @Test
  void aChannelCanLeaveItsCategory() {
    reorder(new Move(text.id(), 0, Patch.setTo(category.id())));

    reorder(new Move(text.id(), 0, Patch.cleared()));

    assertThat(now(text).parentId()).isEmpty();
  }

  @Test
  void oneBadMoveRefusesTheWholeBatch() {
    var other = t.user("other");
    GuildId elsewhere = t.createGuild(other, "Elsewhere").guild().id();
    ChannelId foreign = t.firstChannel(elsewhere, ChannelKind.TEXT).id();
    Object before = t.state();
    t.events.clear();

    assertThat(
            reorder(
                new Move(text.id(), 5, Patch.unchanged()), new Move(foreign, 0, Patch.unchanged())))
        .isEqualTo(new ReorderChannelsUseCase.UnknownChannel(foreign));
    assertThat(
            reorder(
                new Move(text.id(), 5, Patch.unchanged()),
                new Move(text.id(), 6, Patch.unchanged())))
        .isEqualTo(new ReorderChannelsUseCase.UnknownChannel(text.id()));
    assertThat(
            reorder(
                new Move(text.id(), 5, Patch.unchanged()),
                new Move(voice.id(), -1, Patch.unchanged())))
        .isEqualTo(new ReorderChannelsUseCase.InvalidPosition(voice.id()));
    assertThat(
            reorder(
                new Move(text.id(), 5, Patch.unchanged()),
                new Move(voice.id(), 0, Patch.setTo(text.id()))))
        .isEqualTo(new ReorderChannelsUseCase.InvalidParent(voice.id()));
    assertThat(reorder(new Move(category.id(), 0, Patch.setTo(category.id()))))
        .isEqualTo(new ReorderChannelsUseCase.InvalidParent(category.id()));
    assertThat(t.state()).isEqualTo(before);
    assertThat(t.events.all()).isEmpty();
  }

  @Test
  void movingNothingChangesNothing() {
    Object before = t.state();

    assertThat(reorder(new Move(text.id(), text.position(), Patch.unchanged())))
        .isEqualTo(new ReorderChannelsUseCase.Reordered(List.of()));
    assertThat(reorder()).isEqualTo(new ReorderChannelsUseCase.Reordered(List.of()));
    assertThat(t.state()).isEqualTo(before);
  }
}
