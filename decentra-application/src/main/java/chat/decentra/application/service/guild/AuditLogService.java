package chat.decentra.application.service.guild;

import chat.decentra.application.port.in.guild.ReadAuditLogUseCase;
import chat.decentra.application.port.out.guild.AuditLogPort;
import chat.decentra.application.port.out.guild.LoadGuildPort;
import chat.decentra.application.port.out.guild.LoadMemberPort;
import chat.decentra.application.port.out.guild.LoadRolePort;
import chat.decentra.domain.permission.Permission;

/** Reads a guild's audit log for those who may: view audit log, or manage server. */
public final class AuditLogService implements ReadAuditLogUseCase {

  private final AuditLogPort log;
  private final GuildLookup lookup;

  public AuditLogService(
      LoadGuildPort loadGuilds,
      LoadRolePort loadRoles,
      LoadMemberPort loadMembers,
      AuditLogPort log) {
    this.log = log;
    this.lookup = new GuildLookup(loadGuilds, loadMembers, loadRoles);
  }

  @Override
  public Result read(Query query) {
    var found = lookup.member(query.guildId(), query.caller().user().id());
    if (found.isEmpty()) {
      return new NotFound();
    }
    ActingMember reader = found.get();
    if (!reader.may(Permission.VIEW_AUDIT_LOG) && !reader.may(Permission.MANAGE_GUILD)) {
      return new Forbidden();
    }
    int limit = Math.clamp(query.limit(), 1, MAX_LIMIT);
    return new Listed(log.listAuditEntries(query.guildId(), query.before(), limit));
  }
}
