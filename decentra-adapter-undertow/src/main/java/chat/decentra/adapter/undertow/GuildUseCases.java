package chat.decentra.adapter.undertow;

import chat.decentra.application.GuildApplication;
import chat.decentra.application.port.in.guild.AcceptGuildInviteUseCase;
import chat.decentra.application.port.in.guild.AssignRoleUseCase;
import chat.decentra.application.port.in.guild.CreateChannelUseCase;
import chat.decentra.application.port.in.guild.CreateGuildUseCase;
import chat.decentra.application.port.in.guild.DeleteChannelUseCase;
import chat.decentra.application.port.in.guild.DeleteGuildUseCase;
import chat.decentra.application.port.in.guild.GetGuildIconUseCase;
import chat.decentra.application.port.in.guild.GetGuildUseCase;
import chat.decentra.application.port.in.guild.GuildAccessUseCase;
import chat.decentra.application.port.in.guild.KickMemberUseCase;
import chat.decentra.application.port.in.guild.LeaveGuildUseCase;
import chat.decentra.application.port.in.guild.ListMembersUseCase;
import chat.decentra.application.port.in.guild.ManageBansUseCase;
import chat.decentra.application.port.in.guild.ManageChannelOverwritesUseCase;
import chat.decentra.application.port.in.guild.ManageGuildInvitesUseCase;
import chat.decentra.application.port.in.guild.ManageRolesUseCase;
import chat.decentra.application.port.in.guild.PreviewGuildInviteUseCase;
import chat.decentra.application.port.in.guild.ReadAuditLogUseCase;
import chat.decentra.application.port.in.guild.ReorderChannelsUseCase;
import chat.decentra.application.port.in.guild.SetGuildIconUseCase;
import chat.decentra.application.port.in.guild.SetNicknameUseCase;
import chat.decentra.application.port.in.guild.TransferGuildOwnershipUseCase;
import chat.decentra.application.port.in.guild.UpdateChannelUseCase;
import chat.decentra.application.port.in.guild.UpdateGuildUseCase;

/**
 * The use cases of servers, channels, roles and moderation that the web adapter drives: the REST
 * routes of docs/api.md, and {@code access} for the gateway to decide who hears what.
 */
public record GuildUseCases(
    CreateGuildUseCase createGuild,
    GetGuildUseCase getGuild,
    UpdateGuildUseCase updateGuild,
    DeleteGuildUseCase deleteGuild,
    SetGuildIconUseCase setIcon,
    GetGuildIconUseCase icon,
    TransferGuildOwnershipUseCase transferOwnership,
    LeaveGuildUseCase leave,
    CreateChannelUseCase createChannel,
    UpdateChannelUseCase updateChannel,
    DeleteChannelUseCase deleteChannel,
    ReorderChannelsUseCase reorderChannels,
    ManageChannelOverwritesUseCase overwrites,
    ManageGuildInvitesUseCase invites,
    PreviewGuildInviteUseCase previewInvite,
    AcceptGuildInviteUseCase acceptInvite,
    ListMembersUseCase members,
    SetNicknameUseCase setNickname,
    KickMemberUseCase kick,
    ManageBansUseCase bans,
    ManageRolesUseCase roles,
    AssignRoleUseCase assignRoles,
    ReadAuditLogUseCase auditLog,
    GuildAccessUseCase access) {

  public GuildUseCases {
    Object[] all = {
      createGuild,
      getGuild,
      updateGuild,
      deleteGuild,
      setIcon,
      icon,
      transferOwnership,
      leave,
      createChannel,
      updateChannel,
      deleteChannel,
      reorderChannels,
      overwrites,
      invites,
      previewInvite,
      acceptInvite,
      members,
      setNickname,
      kick,
      bans,
      roles,
      assignRoles,
      auditLog,
      access
    };
    for (Object useCase : all) {
      if (useCase == null) {
        throw new IllegalArgumentException("every guild use case is required");
      }
    }
  }

  /** The use cases as the guild application builds them. */
  public static GuildUseCases of(GuildApplication app) {
    return new GuildUseCases(
        app.createGuild(),
        app.getGuild(),
        app.updateGuild(),
        app.deleteGuild(),
        app.setGuildIcon(),
        app.guildIcon(),
        app.transferOwnership(),
        app.leaveGuild(),
        app.createChannel(),
        app.updateChannel(),
        app.deleteChannel(),
        app.reorderChannels(),
        app.channelOverwrites(),
        app.guildInvites(),
        app.previewInvite(),
        app.acceptInvite(),
        app.listMembers(),
        app.setNickname(),
        app.kickMember(),
        app.bans(),
        app.roles(),
        app.assignRoles(),
        app.auditLog(),
        app.access());
  }
}
