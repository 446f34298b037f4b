package chat.decentra.application.port.in.guild;

import chat.decentra.domain.channel.ChannelId;
import chat.decentra.domain.channel.ChannelKind;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.permission.Permissions;

/** What one user may do in one channel they may view. */
public record ChannelAccess(
    GuildId guildId, ChannelId channelId, ChannelKind kind, Permissions permissions) {}
