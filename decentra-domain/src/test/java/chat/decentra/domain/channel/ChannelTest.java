package chat.decentra.domain.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.id.RoleId;
import chat.decentra.domain.permission.OverwriteTarget;
import chat.decentra.domain.permission.Permission;
import chat.decentra.domain.permission.PermissionOverwrite;
import chat.decentra.domain.permission.Permissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChannelTest {

  private static final GuildId GUILD = new GuildId(1);
  private static final ChannelId ID = new ChannelId(10);
  private static final OverwriteTarget EVERYONE = new OverwriteTarget.ForRole(new RoleId(1));

  private static Channel text(String name) {
    return Channel.create(ID, GUILD, ChannelKind.TEXT, name, 0);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "general            | general",
        "Release Notes      | release-notes",
        "'  spaced   out  ' | spaced-out",
        "ÉTÉ 2026           | été-2026",
        "already-dashed     | already-dashed",
        "emoji-🎉           | emoji-🎉"
      })
  void textChannelNamesAreLowerCasedWithDashes(String typed, String stored) {
    assertThat(Channel.normalizeName(ChannelKind.TEXT, typed)).contains(stored);
  }

  @Test
  void voiceAndCategoryNamesKeepTheirCaseAndSpaces() {
    assertThat(Channel.normalizeName(ChannelKind.VOICE, "  General Chat "))
        .contains("General Chat");
    assertThat(Channel.normalizeName(ChannelKind.CATEGORY, "Text Channels"))
        .contains("Text Channels");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "bad\u0000name", "bidi\u202Ename", "line\nbreak", "tab\tbed"})
  void unusableNamesAreRefusedForEveryKind(String typed) {
    for (ChannelKind kind : ChannelKind.values()) {
      assertThat(Channel.normalizeName(kind, typed)).as(kind.name()).isEmpty();
    }
  }

  @Test
  void namesAreOneToHundredCharacters() {
    String hundred = "a".repeat(100);
    String emoji = "🎉".repeat(100);
    assertThat(Channel.normalizeName(ChannelKind.TEXT, hundred)).contains(hundred);
    assertThat(Channel.normalizeName(ChannelKind.VOICE, emoji)).contains(emoji);
    assertThat(Channel.normalizeName(ChannelKind.TEXT, hundred + "a")).isEmpty();
    assertThat(Channel.normalizeName(ChannelKind.VOICE, emoji + "🎉")).isEmpty();
    assertThat(Channel.normalizeName(ChannelKind.TEXT, null)).isEmpty();
    assertThat(Channel.normalizeName(null, "x")).isEmpty();
  }

  @Test
  void aTextChannelCannotHoldUpperCaseOrSpaces() {
    assertThat(Channel.isValidName(ChannelKind.TEXT, "General")).isFalse();
    assertThat(Channel.isValidName(ChannelKind.TEXT, "two words")).isFalse();
    assertThat(Channel.isValidName(ChannelKind.VOICE, "Two Words")).isTrue();
    assertThatThrownBy(() -> text("General"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name");
  }

  @Test
  void topicsAreForTextChannelsUpTo1024Characters() {
    assertThat(Channel.isValidTopic("What we ship\nand when")).isTrue();
    assertThat(Channel.isValidTopic("x".repeat(1024))).isTrue();
    assertThat(Channel.isValidTopic("x".repeat(1025))).isFalse();
    assertThat(Channel.isValidTopic("")).isFalse();
    assertThat(Channel.isValidTopic("bell\u0007")).isFalse();
    assertThat(text("news").withTopic(Optional.of("daily")).topic()).contains("daily");
    assertThatThrownBy(
            () ->
                Channel.create(ID, GUILD, ChannelKind.VOICE, "Lounge", 0)
                    .withTopic(Optional.of("chat")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("topic");
  }

  @Test
  void categoriesHaveNoParentAndNothingIsItsOwnParent() {
    var category = Channel.create(ID, GUILD, ChannelKind.CATEGORY, "Stuff", 0);
    assertThatThrownBy(() -> category.withParent(Optional.of(new ChannelId(11))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("parentId");
    assertThatThrownBy(() -> text("self").withParent(Optional.of(ID)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("parentId");
    assertThat(text("child").withParent(Optional.of(new ChannelId(11))).parentId())
        .contains(new ChannelId(11));
  }

  @Test
  void positionIsNotNegative() {
    assertThatThrownBy(() -> text("x").withPosition(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("position");
  }

  @Test
  void anOverwriteReplacesTheEarlierOneForTheSameTarget() {
    var deny =
        new PermissionOverwrite(
            EVERYONE, Permissions.none(), Permissions.of(Permission.VIEW_CHANNEL));
    var allow =
        new PermissionOverwrite(
            EVERYONE, Permissions.of(Permission.SEND_MESSAGES), Permissions.none());
    var member =
        new PermissionOverwrite(
            new OverwriteTarget.ForMember(new chat.decentra.domain.user.UserId(5)),
            Permissions.none(),
            Permissions.none());

    Channel channel = text("x").withOverwrite(deny).withOverwrite(member).withOverwrite(allow);

    assertThat(channel.overwrites()).containsExactlyInAnyOrder(member, allow);
    assertThat(channel.overwriteFor(EVERYONE)).contains(allow);
    assertThat(channel.withoutOverwrite(EVERYONE).overwrites()).containsExactly(member);
  }

  @Test
  void twoOverwritesForOneTargetAreRefused() {
    var one = new PermissionOverwrite(EVERYONE, Permissions.none(), Permissions.none());
    assertThatThrownBy(
            () ->
                new Channel(
                    ID,
                    GUILD,
                    ChannelKind.TEXT,
                    "x",
                    Optional.empty(),
                    0,
                    Optional.empty(),
                    List.of(one, one)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("overwrites");
  }

  @Test
  void overwritesAreCopied() {
    var list = new ArrayList<PermissionOverwrite>();
    var channel =
        new Channel(ID, GUILD, ChannelKind.TEXT, "x", Optional.empty(), 0, Optional.empty(), list);
    list.add(new PermissionOverwrite(EVERYONE, Permissions.none(), Permissions.none()));

    assertThat(channel.overwrites()).isEmpty();
  }

  @Test
  void channelsSortByPositionThenId() {
    var a = Channel.create(new ChannelId(3), GUILD, ChannelKind.TEXT, "a", 1);
    var b = Channel.create(new ChannelId(2), GUILD, ChannelKind.TEXT, "b", 1);
    var c = Channel.create(new ChannelId(1), GUILD, ChannelKind.TEXT, "c", 2);

    assertThat(List.of(c, a, b).stream().sorted(Channel.ORDER).toList()).containsExactly(b, a, c);
  }

  @Test
  void kindsTravelAsLowerCaseNames() {
    assertThat(ChannelKind.VOICE.wireName()).isEqualTo("voice");
    assertThat(ChannelKind.fromWireName("category")).contains(ChannelKind.CATEGORY);
    assertThat(ChannelKind.fromWireName("Text")).isEmpty();
  }

  @Test
  void idsParseFromTheirWireForm() {
    assertThat(ChannelId.parse("42")).contains(new ChannelId(42));
    assertThat(ChannelId.parse("0")).isEmpty();
    assertThat(ChannelId.parse("-1")).isEmpty();
    assertThat(new ChannelId(42)).hasToString("42");
    assertThatThrownBy(() -> new ChannelId(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("channel id");
  }
}
