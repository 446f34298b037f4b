package chat.decentra.application.service.guild;

import chat.decentra.application.port.in.account.Caller;
import chat.decentra.application.port.in.guild.ManageGuildInvitesUseCase;
import chat.decentra.application.port.out.GenerateIdPort;
import chat.decentra.application.port.out.PublishEventPort;
import chat.decentra.application.port.out.TransactionPort;
import chat.decentra.application.port.out.guild.AuditLogPort;
import chat.decentra.application.port.out.guild.GuildInvitePort;
import chat.decentra.application.port.out.guild.LoadChannelPort;
import chat.decentra.application.port.out.guild.LoadGuildPort;
import chat.decentra.application.port.out.guild.LoadMemberPort;
import chat.decentra.application.port.out.guild.LoadRolePort;
import chat.decentra.application.service.account.SessionTokens;
import chat.decentra.domain.audit.AuditAction;
import chat.decentra.domain.channel.Channel;
import chat.decentra.domain.guild.GuildInvite;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.invite.InviteCode;
import chat.decentra.domain.permission.Permission;
import chat.decentra.domain.permission.Permissions;
import java.time.Clock;
import java.util.Optional;

/** Invitations to a guild: who may make them, list them and take them back. */
public final class GuildInviteService implements ManageGuildInvitesUseCase {

  /** 16 random bytes: 128 bits, 22 characters of base64url. */
  static final int CODE_BYTES = 16;

  private final LoadChannelPort loadChannels;
  private final GuildInvitePort invites;
  private final GuildLookup lookup;
  private final GuildWork work;
  private final AuditTrail audit;
  private final Clock clock;

  public GuildInviteService(
      LoadGuildPort loadGuilds,
      LoadChannelPort loadChannels,
      LoadRolePort loadRoles,
      LoadMemberPort loadMembers,
      GuildInvitePort invites,
      AuditLogPort auditLog,
      TransactionPort transactions,
      PublishEventPort events,
      GenerateIdPort ids,
      Clock clock) {
    this.loadChannels = loadChannels;
    this.invites = invites;
    this.lookup = new GuildLookup(loadGuilds, loadMembers, loadRoles);
    this.work = new GuildWork(transactions, events);
    this.audit = new AuditTrail(auditLog, ids, clock);
    this.clock = clock;
  }

  @Override
  public CreateResult create(Command command) {
    return work.run(
        changes -> {
          var found = lookup.memberForUpdate(command.guildId(), command.caller().user().id());
          if (found.isEmpty()) {
            return new NotFound();
          }
          ActingMember actor = found.get();
          Optional<Channel> channel = Optional.empty();
          if (command.channelId().isPresent()) {
            channel =
                loadChannels
                    .loadChannel(command.channelId().get())
                    .filter(c -> c.guildId().equals(actor.guildId()))
                    .filter(actor::mayView);
            if (channel.isEmpty()) {
              return new ChannelNotFound();
            }
          }
          Permissions where = channel.map(actor::in).orElseGet(actor::permissions);
          if (!where.has(Permission.CREATE_INVITE)) {
            return new Forbidden();
          }
          var code = new InviteCode(SessionTokens.randomBase64Url(CODE_BYTES));
          var invite =
              GuildInvite.create(
                  code,
                  actor.guildId(),
                  channel.map(Channel::id),
                  actor.userId(),
                  clock.instant(),
                  command.limits());
          invites.insertGuildInvite(invite);
          audit.record(actor, AuditAction.INVITE_CREATE, code);
          return new Created(invite);
        });
  }

  @Override
  public ListResult list(Caller caller, GuildId guild) {
    var found = lookup.member(guild, caller.user().id());
    if (found.isEmpty()) {
      return new NotFound();
    }
    if (!found.get().may(Permission.MANAGE_GUILD)) {
      return new Forbidden();
    }
    return new Listed(invites.listGuildInvites(guild));
  }

  @Override
  public RevokeResult revoke(Caller caller, GuildId guild, String code) {
    if (!InviteCode.isWellFormed(code)) {
      return new NotFound();
    }
    var known =
        invites.findGuildInvite(new InviteCode(code)).filter(i -> i.guildId().equals(guild));
    if (known.isEmpty()) {
      return new NotFound();
    }
    return work.run(
        changes -> {
          var found = lookup.memberForUpdate(known.get().guildId(), caller.user().id());
          var current = invites.findGuildInviteForUpdate(known.get().code());
          if (found.isEmpty() || current.isEmpty()) {
            return new NotFound();
          }
          ActingMember actor = found.get();
          GuildInvite invite = current.get();
          if (!actor.may(Permission.MANAGE_GUILD) && !invite.createdBy().equals(actor.userId())) {
            return new Forbidden();
          }
          if (invite.revoked()) {
            return new Revoked(invite);
          }
          GuildInvite revoked = invite.asRevoked();
          invites.updateGuildInvite(revoked);
          audit.record(actor, AuditAction.INVITE_REVOKE, revoked.code());
          return new Revoked(revoked);
        });
  }
}
