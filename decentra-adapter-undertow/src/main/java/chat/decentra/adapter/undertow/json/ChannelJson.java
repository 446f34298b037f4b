package chat.decentra.adapter.undertow.json;

import chat.decentra.domain.channel.Channel;
import chat.decentra.domain.channel.ChannelId;
import chat.decentra.domain.permission.OverwriteTarget;
import chat.decentra.domain.permission.Permission;
import chat.decentra.domain.permission.PermissionOverwrite;
import chat.decentra.domain.permission.Permissions;
import java.util.List;

/**
 * A channel on the wire as one member sees it (docs/api.md, "Channel"): with their permissions in
 * it, and with its overwrites only when they may manage channels or roles there.
 */
public record ChannelJson(
    String id,
    String guildId,
    String type,
    String name,
    String topic,
    int position,
    String parentId,
    List<OverwriteJson> overwrites,
    List<String> permissions) {

  /** One permission overwrite: {@code {"type":"role"|"member","id","allow","deny"}}. */
  public record OverwriteJson(String type, String id, List<String> allow, List<String> deny) {

    static OverwriteJson of(PermissionOverwrite overwrite) {
      return switch (overwrite.target()) {
        case OverwriteTarget.ForRole(var role) -> of("role", role.toString(), overwrite);
        case OverwriteTarget.ForMember(var user) -> of("member", user.toString(), overwrite);
      };
    }

    private static OverwriteJson of(String type, String id, PermissionOverwrite overwrite) {
      return new OverwriteJson(
          type, id, PermissionNames.of(overwrite.allow()), PermissionNames.of(overwrite.deny()));
    }
  }

  /**
   * @param permissions what the viewer may do in the channel
   */
  public static ChannelJson of(Channel channel, Permissions permissions) {
    boolean seesOverwrites =
        permissions.has(Permission.MANAGE_ROLES) || permissions.has(Permission.MANAGE_CHANNELS);
    return new ChannelJson(
        channel.id().toString(),
        channel.guildId().toString(),
        channel.kind().wireName(),
        channel.name(),
        channel.topic().orElse(null),
        channel.position(),
        channel.parentId().map(ChannelId::toString).orElse(null),
        seesOverwrites ? channel.overwrites().stream().map(OverwriteJson::of).toList() : List.of(),
        PermissionNames.of(permissions));
  }
}
