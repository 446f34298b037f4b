package chat.decentra.adapter.undertow.json;

import static org.assertj.core.api.Assertions.assertThat;

import chat.decentra.domain.channel.Channel;
import chat.decentra.domain.channel.ChannelId;
import chat.decentra.domain.channel.ChannelKind;
import chat.decentra.domain.guild.Guild;
import chat.decentra.domain.guild.GuildIcon;
import chat.decentra.domain.guild.Role;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.id.RoleId;
import chat.decentra.domain.media.ImageType;
import chat.decentra.domain.permission.OverwriteTarget;
import chat.decentra.domain.permission.Permission;
import chat.decentra.domain.permission.PermissionOverwrite;
import chat.decentra.domain.permission.Permissions;
import chat.decentra.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GuildWireFormatTest {

  private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
  private static final GuildId GUILD = new GuildId(7391620918183936L);

  @Test
  void guildsCarryIdsAsStringsAndAVersionedIconUrl() {
    var guild =
        new Guild(
            GUILD, "Den", new UserId(42), Optional.of(new GuildIcon(ImageType.PNG, "v1_x")), NOW);
    assertThat(Json.writeString(GuildJson.of(guild)))
        .isEqualTo(
            "{\"id\":\"7391620918183936\",\"name\":\"Den\","
                + "\"icon_url\":\"/api/v1/guilds/7391620918183936/icon?v=v1_x\","
                + "\"owner_id\":\"42\",\"created_at\":\"2026-11-28T12:00:00Z\"}");
  }

  @Test
  void permissionsAreLowerCaseNamesInBitOrderAndUnknownNamesAreRefused() {
    assertThat(
            PermissionNames.of(Permissions.of(Permission.MANAGE_ROLES, Permission.CREATE_INVITE)))
        .containsExactly("create_invite", "manage_roles");
    assertThat(PermissionNames.parse(List.of("speak", "speak", "video")))
        .contains(Permissions.of(Permission.SPEAK, Permission.VIDEO));
    assertThat(PermissionNames.parse(List.of("speak", "SPEAK"))).isEmpty();
    assertThat(PermissionNames.parse(List.of())).contains(Permissions.none());
  }

  @Test
  void theEveryoneRoleSaysSo() {
    assertThat(
            Json.writeString(RoleJson.of(Role.everyone(GUILD, Permissions.of(Permission.SPEAK)))))
        .isEqualTo(
            "{\"id\":\"7391620918183936\",\"name\":\"@everyone\",\"colour\":0,\"position\":0,"
                + "\"permissions\":[\"speak\"],\"everyone\":true,\"hoist\":false}");
  }

  @Test
  void channelOverwritesAreShownOnlyToThoseWhoManageThem() {
    var channel =
        Channel.create(new ChannelId(9), GUILD, ChannelKind.TEXT, "general", 0)
            .withOverwrite(
                new PermissionOverwrite(
                    new OverwriteTarget.ForRole(RoleId.everyone(GUILD)),
                    Permissions.none(),
                    Permissions.of(Permission.SEND_MESSAGES)));
    var reader = Permissions.of(Permission.VIEW_CHANNEL);
    assertThat(Json.writeString(ChannelJson.of(channel, reader)))
        .isEqualTo(
            "{\"id\":\"9\",\"guild_id\":\"7391620918183936\",\"type\":\"text\","
                + "\"name\":\"general\",\"topic\":null,\"position\":0,\"parent_id\":null,"
                + "\"overwrites\":[],\"permissions\":[\"view_channel\"]}");
    var manager = reader.with(Permission.MANAGE_ROLES);
    assertThat(Json.writeString(ChannelJson.of(channel, manager)))
        .contains(
            "\"overwrites\":[{\"type\":\"role\",\"id\":\"7391620918183936\","
                + "\"allow\":[],\"deny\":[\"send_messages\"]}]");
  }
}
