package chat.decentra.application;

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
import chat.decentra.application.port.in.guild.ListChannelsUseCase;
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
import chat.decentra.application.port.out.GenerateIdPort;
import chat.decentra.application.port.out.PublishEventPort;
import chat.decentra.application.port.out.TransactionPort;
import chat.decentra.application.service.account.ServerInviteRegistration;
import chat.decentra.application.service.guild.AuditLogService;
import chat.decentra.application.service.guild.BanService;
import chat.decentra.application.service.guild.ChannelOverwriteService;
import chat.decentra.application.service.guild.ChannelService;
import chat.decentra.application.service.guild.CreateGuildService;
import chat.decentra.application.service.guild.GuildAccessService;
import chat.decentra.application.service.guild.GuildIconService;
import chat.decentra.application.service.guild.GuildInviteService;
import chat.decentra.application.service.guild.GuildService;
import chat.decentra.application.service.guild.JoinGuildService;
import chat.decentra.application.service.guild.MemberRoleService;
import chat.decentra.application.service.guild.MemberService;
import chat.decentra.application.service.guild.ReorderChannelsService;
import chat.decentra.application.service.guild.RoleService;
import chat.decentra.application.service.guild.ServerInviteSignUp;
import java.time.Clock;

/**
 * The use cases of guilds, channels, roles and moderation, built from their ports by plain
 * constructors; the launcher builds it next to {@link DecentraApplication}, sharing its
 * transactions, event bus, ids and clock.
 */
public final class GuildApplication {

  private final CreateGuildService createGuild;
  private final GuildService guilds;
  private final GuildIconService icons;
  private final ChannelService channels;
  private final ReorderChannelsService reorder;
  private final ChannelOverwriteService overwrites;
  private final GuildInviteService invites;
  private final JoinGuildService join;
  private final ServerInviteSignUp serverInviteSignUp;
  private final MemberService members;
  private final BanService bans;
  private final RoleService roles;
  private final MemberRoleService memberRoles;
  private final AuditLogService auditLog;
  private final GuildAccessService access;

  public GuildApplication(
      GuildPorts ports,
      TransactionPort transactions,
      PublishEventPort events,
      GenerateIdPort ids,
      Clock clock) {
    this.createGuild =
        new CreateGuildService(
            ports.loadGuilds(),
            ports.saveGuilds(),
            ports.loadChannels(),
            ports.saveChannels(),
            ports.saveRoles(),
            ports.loadMembers(),
            ports.saveMembers(),
            transactions,
            events,
            ids,
            clock);
    this.guilds =
        new GuildService(
            ports.loadGuilds(),
            ports.saveGuilds(),
            ports.loadChannels(),
            ports.loadRoles(),
            ports.loadMembers(),
            ports.saveMembers(),
            ports.auditLog(),
            transactions,
            events,
            ids,
            clock);
    this.icons =
        new GuildIconService(
            ports.loadGuilds(),
            ports.saveGuilds(),
            ports.loadRoles(),
            ports.loadMembers(),
            ports.icons(),
            ports.auditLog(),
            transactions,
            events,
            ids,
            clock);
    this.channels =
        new ChannelService(
            ports.loadGuilds(),
            ports.loadChannels(),
            ports.saveChannels(),
            ports.loadRoles(),
            ports.loadMembers(),
            ports.auditLog(),
            transactions,
            events,
            ids,
            clock);
    this.reorder =
        new ReorderChannelsService(
            ports.loadGuilds(),
            ports.loadChannels(),
            ports.saveChannels(),
            ports.loadRoles(),
            ports.loadMembers(),
            ports.auditLog(),
            transactions,
            events,
            ids,
            clock);
    this.overwrites =
        new ChannelOverwriteService(
            ports.loadGuilds(),
            ports.loadChannels(),
            ports.saveChannels(),
            ports.loadRoles(),
            ports.loadMembers(),
            ports.auditLog(),
            transactions,
            events,
            ids,
            clock);
    this.invites =
        new GuildInviteService(
            ports.loadGuilds(),
            ports.loadChannels(),
            ports.loadRoles(),
            ports.loadMembers(),
            ports.invites(),
            ports.auditLog(),
            transactions,
            events,
            ids,
            clock);
    this.join =
        new JoinGuildService(
            ports.loadGuilds(),
            ports.loadChannels(),
            ports.loadRoles(),
            ports.loadMembers(),
            ports.saveMembers(),
            ports.bans(),
            ports.invites(),
            ports.users(),
            transactions,
            events,
            clock);
    this.serverInviteSignUp = new ServerInviteSignUp(ports.invites(), ports.loadGuilds(), join);
    this.members =
        new MemberService(
            ports.loadGuilds(),
            ports.loadRoles(),
            ports.loadMembers(),
            ports.saveMembers(),
            ports.users(),
            ports.auditLog(),
            transactions,
            events,
            ids,
            clock);
    this.bans =
        new BanService(
            ports.loadGuilds(),
            ports.loadRoles(),
            ports.loadMembers(),
            ports.saveMembers(),
            ports.bans(),
            ports.users(),
            ports.auditLog(),
            transactions,
            events,
            ids,
            clock);
    this.roles =
        new RoleService(
            ports.loadGuilds(),
            ports.loadRoles(),
            ports.saveRoles(),
            ports.loadChannels(),
            ports.saveChannels(),
            ports.loadMembers(),
            ports.auditLog(),
            transactions,
            events,
            ids,
            clock);
    this.memberRoles =
        new MemberRoleService(
            ports.loadGuilds(),
            ports.loadRoles(),
            ports.loadMembers(),
            ports.saveMembers(),
            ports.auditLog(),
            transactions,
            events,
            ids,
            clock);
    this.auditLog =
        new AuditLogService(
            ports.loadGuilds(), ports.loadRoles(), ports.loadMembers(), ports.auditLog());
    this.access =
        new GuildAccessService(
            ports.loadGuilds(), ports.loadChannels(), ports.loadRoles(), ports.loadMembers());
  }

  /** Shares the transactions, event bus, ids and clock of the rest of the application. */
  public GuildApplication(GuildPorts ports, OutboundPorts shared) {
    this(ports, shared.transactions(), shared.events(), shared.ids(), shared.clock());
  }

  public CreateGuildUseCase createGuild() {
    return createGuild;
  }

  public GetGuildUseCase getGuild() {
    return guilds;
  }

  public UpdateGuildUseCase updateGuild() {
    return guilds;
  }

  public SetGuildIconUseCase setGuildIcon() {
    return icons;
  }

  public GetGuildIconUseCase guildIcon() {
    return icons;
  }

  public DeleteGuildUseCase deleteGuild() {
    return guilds;
  }

  public TransferGuildOwnershipUseCase transferOwnership() {
    return guilds;
  }

  public LeaveGuildUseCase leaveGuild() {
    return guilds;
  }

  public CreateChannelUseCase createChannel() {
    return channels;
  }

  public UpdateChannelUseCase updateChannel() {
    return channels;
  }

  public DeleteChannelUseCase deleteChannel() {
    return channels;
  }

  public ReorderChannelsUseCase reorderChannels() {
    return reorder;
  }

  public ListChannelsUseCase listChannels() {
    return channels;
  }

  public ManageChannelOverwritesUseCase channelOverwrites() {
    return overwrites;
  }

  public ManageGuildInvitesUseCase guildInvites() {
    return invites;
  }

  public PreviewGuildInviteUseCase previewInvite() {
    return join;
  }

  public AcceptGuildInviteUseCase acceptInvite() {
    return join;
  }

  /** Server invites as tickets to sign up, for {@link DecentraApplication}. */
  public ServerInviteRegistration serverInviteRegistration() {
    return serverInviteSignUp;
  }

  public ListMembersUseCase listMembers() {
    return members;
  }

  public SetNicknameUseCase setNickname() {
    return members;
  }

  public KickMemberUseCase kickMember() {
    return members;
  }

  public ManageBansUseCase bans() {
    return bans;
  }

  public ManageRolesUseCase roles() {
    return roles;
  }

  public AssignRoleUseCase assignRoles() {
    return memberRoles;
  }

  public ReadAuditLogUseCase auditLog() {
    return auditLog;
  }

  public GuildAccessUseCase access() {
    return access;
  }
}
