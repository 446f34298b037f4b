package chat.decentra.application.service.guild;

import chat.decentra.application.port.in.account.Caller;
import chat.decentra.application.port.in.guild.ManageRolesUseCase;
import chat.decentra.application.port.out.GenerateIdPort;
import chat.decentra.application.port.out.PublishEventPort;
import chat.decentra.application.port.out.TransactionPort;
import chat.decentra.application.port.out.guild.AuditLogPort;
import chat.decentra.application.port.out.guild.LoadChannelPort;
import chat.decentra.application.port.out.guild.LoadGuildPort;
import chat.decentra.application.port.out.guild.LoadMemberPort;
import chat.decentra.application.port.out.guild.LoadRolePort;
import chat.decentra.application.port.out.guild.SaveChannelPort;
import chat.decentra.application.port.out.guild.SaveRolePort;
import chat.decentra.domain.audit.AuditAction;
import chat.decentra.domain.channel.Channel;
import chat.decentra.domain.guild.GuildEvent;
import chat.decentra.domain.guild.GuildLimits;
import chat.decentra.domain.guild.Role;
import chat.decentra.domain.guild.RolePositions;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.id.RoleId;
import chat.decentra.domain.permission.OverwriteTarget;
import chat.decentra.domain.permission.Permission;
import chat.decentra.domain.permission.Permissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Creates, changes and deletes roles, keeping the hierarchy intact: nobody manages a role at or
 * above their own highest, or grants a permission they do not hold.
 */
public final class RoleService implements ManageRolesUseCase {

  private final SaveRolePort saveRoles;
  private final LoadChannelPort loadChannels;
  private final SaveChannelPort saveChannels;
  private final GuildLookup lookup;
  private final GuildWork work;
  private final AuditTrail audit;
  private final GenerateIdPort ids;

  public RoleService(
      LoadGuildPort loadGuilds,
      LoadRolePort loadRoles,
      SaveRolePort saveRoles,
      LoadChannelPort loadChannels,
      SaveChannelPort saveChannels,
      LoadMemberPort loadMembers,
      AuditLogPort auditLog,
      TransactionPort transactions,
      PublishEventPort events,
      GenerateIdPort ids,
      Clock clock) {
    this.saveRoles = saveRoles;
    this.loadChannels = loadChannels;
    this.saveChannels = saveChannels;
    this.lookup = new GuildLookup(loadGuilds, loadMembers, loadRoles);
    this.work = new GuildWork(transactions, events);
    this.audit = new AuditTrail(auditLog, ids, clock);
    this.ids = ids;
  }

  @Override
  public CreateResult create(CreateCommand command) {
    return work.run(
        changes -> {
          var found = lookup.memberForUpdate(command.guildId(), command.caller().user().id());
          if (found.isEmpty()) {
            return new NotFound();
          }
          ActingMember actor = found.get();
          if (!actor.may(Permission.MANAGE_ROLES) || !actor.mayGrant(command.permissions())) {
            return new Forbidden();
          }
          Optional<String> name = Role.normalizeName(command.name());
          if (name.isEmpty()) {
            return new InvalidName();
          }
          if (!Role.isValidColour(command.colour())) {
            return new InvalidColour();
          }
          if (actor.roles().size() >= GuildLimits.ROLES_PER_GUILD) {
            return new TooManyRoles();
          }
          // New roles start at the bottom: at position 1, where the newest id ranks lowest, and the
          // others move up one to keep the positions 1, 2, 3...
          var role =
              new Role(
                  new RoleId(ids.nextId()),
                  actor.guildId(),
                  name.get(),
                  command.colour(),
                  1,
                  command.permissions(),
                  command.hoist());
          saveRoles.insertRole(role);
          changes.publish(new GuildEvent.RoleCreated(role));
          var all = new ArrayList<>(actor.roles());
          all.add(role);
          for (Role shifted : RolePositions.move(all, role.id(), 1)) {
            saveRoles.updateRole(shifted);
            changes.publish(new GuildEvent.RoleUpdated(shifted));
          }
          audit.record(
              actor,
              AuditAction.ROLE_CREATE,
              role.id(),
              Optional.empty(),
              Optional.of(role.name()));
          return new Created(role);
        });
  }

  @Override
  public UpdateResult update(UpdateCommand command) {
    return work.run(
        changes -> {
          var found = lookup.memberForUpdate(command.guildId(), command.caller().user().id());
          if (found.isEmpty()) {
            return new NotFound();
          }
          ActingMember actor = found.get();
          if (!actor.may(Permission.MANAGE_ROLES)) {
            return new Forbidden();
          }
          Optional<Role> existing = actor.role(command.roleId());
          if (existing.isEmpty()) {
            return new RoleNotFound();
          }
          Role before = existing.get();
          if (!actor.isAbove(before)) {
            return new Forbidden();
          }
          Role role = before;
          if (command.name().isPresent()) {
            Optional<String> name = Role.normalizeName(command.name().get());
            if (role.isEveryone() || name.isEmpty()) {
              return new InvalidName();
            }
            role = role.withName(name.get());
          }
          if (command.colour().isPresent()) {
            if (!Role.isValidColour(command.colour().get())) {
              return new InvalidColour();
            }
            role = role.withColour(command.colour().get());
          }
          if (command.permissions().isPresent()) {
            Permissions added = command.permissions().get().minus(before.permissions());
            if (!actor.mayGrant(added)) {
              return new Forbidden();
            }
            role = role.withPermissions(command.permissions().get());
          }
          role = role.withHoist(command.hoist().orElse(role.hoist()));
          List<Role> moved = List.of();
          if (command.position().isPresent()) {
            int position = command.position().get();
            if (role.isEveryone() || position < 1) {
              return new InvalidPosition();
            }
            if (!actor.isOwner()
                && position >= rank(actor, actor.calculator().highestRole(actor.member()))) {
              return new Forbidden();
            }
            moved = RolePositions.move(actor.roles(), role.id(), position);
          }
          Role updated = role;
          for (Role shifted : moved) {
            if (shifted.id().equals(role.id())) {
              updated = role.withPosition(shifted.position());
            } else {
              saveRoles.updateRole(shifted);
              changes.publish(new GuildEvent.RoleUpdated(shifted));
            }
          }
          if (!updated.equals(before)) {
            saveRoles.updateRole(updated);
            changes.publish(new GuildEvent.RoleUpdated(updated));
            audit.record(
                actor,
                AuditAction.ROLE_UPDATE,
                updated.id(),
                Optional.empty(),
                Optional.of(updated.name()));
          }
          return new Updated(updated);
        });
  }

  /** A role's rank among the guild's roles other than {@code @everyone}: 1 for the lowest. */
  private static int rank(ActingMember actor, Role role) {
    if (role.isEveryone()) {
      return 0;
    }
    List<Role> ranked =
        actor.roles().stream().filter(r -> !r.isEveryone()).sorted(Role.HIERARCHY).toList();
    return ranked.indexOf(role) + 1;
  }

  @Override
  public DeleteResult delete(Caller caller, GuildId guild, RoleId roleId) {
    return work.run(
        changes -> {
          var found = lookup.memberForUpdate(guild, caller.user().id());
          if (found.isEmpty()) {
            return new NotFound();
          }
          ActingMember actor = found.get();
          if (!actor.may(Permission.MANAGE_ROLES)) {
            return new Forbidden();
          }
          Optional<Role> role = actor.role(roleId).filter(r -> !r.isEveryone());
          if (role.isEmpty()) {
            return new RoleNotFound();
          }
          if (!actor.isAbove(role.get())) {
            return new Forbidden();
          }
          var target = new OverwriteTarget.ForRole(roleId);
          for (Channel channel : loadChannels.listChannels(guild)) {
            if (channel.overwriteFor(target).isPresent()) {
              Channel updated = channel.withoutOverwrite(target);
              saveChannels.updateChannel(updated);
              changes.publish(new GuildEvent.ChannelUpdated(updated));
            }
          }
          saveRoles.deleteRole(roleId);
          audit.record(
              actor,
              AuditAction.ROLE_DELETE,
              roleId,
              Optional.empty(),
              Optional.of(role.get().name()));
          changes.publish(new GuildEvent.RoleDeleted(guild, roleId));
          return new Deleted();
        });
  }
}
