package chat.decentra.application.port.in.guild;

import chat.decentra.domain.channel.ChannelId;
import chat.decentra.domain.guild.GuildIcon;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.invite.InviteCode;
import java.time.Instant;
import java.util.Optional;

/**
 * What anyone holding an invite code may learn before joining.
 *
 * @param channelName the name of the channel the invite leads to, when it names one
 */
public record GuildInvitePreview(
    InviteCode code,
    GuildId guildId,
    String guildName,
    Optional<GuildIcon> icon,
    int memberCount,
    Optional<ChannelId> channelId,
    Optional<String> channelName,
    Optional<Instant> expiresAt) {}
