package chat.decentra.domain.guild;

import static org.assertj.core.api.Assertions.assertThat;

import chat.decentra.domain.channel.Channel;
import chat.decentra.domain.channel.ChannelId;
import chat.decentra.domain.channel.ChannelKind;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.permission.Permissions;
import chat.decentra.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GuildEventTest {

  private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
  private static final GuildId GUILD = new GuildId(1);
  private static final UserId ALICE = new UserId(2);
  private static final Channel CHANNEL =
      Channel.create(new ChannelId(3), GUILD, ChannelKind.TEXT, "general", 0);

  /** Every kind of event with the guild, channel and departing user the gateway routes by. */
  private static String route(GuildEvent event) {
    return switch (event) {
      case GuildEvent.GuildCreated e -> "guild";
      case GuildEvent.GuildUpdated e -> "guild";
      case GuildEvent.GuildDeleted e -> "guild";
      case GuildEvent.ChannelCreated e -> "channel";
      case GuildEvent.ChannelUpdated e -> "channel";
      case GuildEvent.ChannelDeleted e -> "channel";
      case GuildEvent.MemberJoined e -> "guild";
      case GuildEvent.MemberLeft e -> "departure";
      case GuildEvent.MemberUpdated e -> "guild";
      case GuildEvent.MemberKicked e -> "departure";
      case GuildEvent.MemberBanned e -> "departure";
      case GuildEvent.RoleCreated e -> "guild";
      case GuildEvent.RoleUpdated e -> "guild";
      case GuildEvent.RoleDeleted e -> "guild";
    };
  }

  @Test
  void everyEventNamesItsGuildAndOnlyChannelEventsNameAChannel() {
    Guild guild = Guild.create(GUILD, "Home", ALICE, NOW);
    Member member = Member.joined(GUILD, ALICE, NOW);
    Role role = Role.everyone(GUILD, Permissions.none());
    List<GuildEvent> events =
        List.of(
            new GuildEvent.GuildCreated(guild, List.of(role), List.of(CHANNEL), member),
            new GuildEvent.GuildUpdated(guild),
            new GuildEvent.GuildDeleted(GUILD),
            new GuildEvent.ChannelCreated(CHANNEL),
            new GuildEvent.ChannelUpdated(CHANNEL),
            new GuildEvent.ChannelDeleted(GUILD, CHANNEL.id()),
            new GuildEvent.MemberLeft(GUILD, ALICE),
            new GuildEvent.MemberUpdated(member),
            new GuildEvent.MemberKicked(GUILD, ALICE),
            new GuildEvent.MemberBanned(GUILD, ALICE),
            new GuildEvent.RoleCreated(role),
            new GuildEvent.RoleUpdated(role),
            new GuildEvent.RoleDeleted(GUILD, role.id()));

    for (GuildEvent event : events) {
      String name = event.getClass().getSimpleName();
      assertThat(event.guildId()).as(name).isEqualTo(GUILD);
      switch (route(event)) {
        case "channel" -> {
          assertThat(event.channelScope()).as(name).contains(CHANNEL.id());
          assertThat(event.departedUser()).as(name).isEmpty();
        }
        case "departure" -> {
          assertThat(event.channelScope()).as(name).isEmpty();
          assertThat(event.departedUser()).as(name).contains(ALICE);
        }
        default -> {
          assertThat(event.channelScope()).as(name).isEmpty();
          assertThat(event.departedUser()).as(name).isEmpty();
        }
      }
    }
  }

  @Test
  void guildCreatedCopiesItsLists() {
    var roles = new java.util.ArrayList<Role>();
    var event =
        new GuildEvent.GuildCreated(
            Guild.create(GUILD, "Home", ALICE, NOW),
            roles,
            List.of(),
            Member.joined(GUILD, ALICE, NOW));
    roles.add(Role.everyone(GUILD, Permissions.none()));

    assertThat(event.roles()).isEmpty();
    assertThat(event.channels()).isEmpty();
    assertThat(Optional.of(event.owner().userId())).contains(ALICE);
  }
}
