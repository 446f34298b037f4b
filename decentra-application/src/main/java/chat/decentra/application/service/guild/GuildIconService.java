package chat.decentra.application.service.guild;

import chat.decentra.application.port.in.account.Caller;
import chat.decentra.application.port.in.guild.GetGuildIconUseCase;
import chat.decentra.application.port.in.guild.SetGuildIconUseCase;
import chat.decentra.application.port.out.GenerateIdPort;
import chat.decentra.application.port.out.PublishEventPort;
import chat.decentra.application.port.out.TransactionPort;
import chat.decentra.application.port.out.guild.AuditLogPort;
import chat.decentra.application.port.out.guild.GuildIconPort;
import chat.decentra.application.port.out.guild.LoadGuildPort;
import chat.decentra.application.port.out.guild.LoadMemberPort;
import chat.decentra.application.port.out.guild.LoadRolePort;
import chat.decentra.application.port.out.guild.SaveGuildPort;
import chat.decentra.application.service.account.SessionTokens;
import chat.decentra.domain.audit.AuditAction;
import chat.decentra.domain.guild.Guild;
import chat.decentra.domain.guild.GuildEvent;
import chat.decentra.domain.guild.GuildIcon;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.media.ImageType;
import chat.decentra.domain.permission.Permission;
import java.time.Clock;
import java.util.Optional;

/** Guild icons: uploaded with the avatar rules by those who manage the guild, read by anyone. */
public final class GuildIconService implements SetGuildIconUseCase, GetGuildIconUseCase {

  /** Bytes of randomness in an icon version: enough that two uploads never share a URL. */
  private static final int VERSION_BYTES = 9;

  private final LoadGuildPort loadGuilds;
  private final SaveGuildPort saveGuilds;
  private final GuildIconPort icons;
  private final GuildLookup lookup;
  private final GuildWork work;
  private final AuditTrail audit;

  public GuildIconService(
      LoadGuildPort loadGuilds,
      SaveGuildPort saveGuilds,
      LoadRolePort loadRoles,
      LoadMemberPort loadMembers,
      GuildIconPort icons,
      AuditLogPort auditLog,
      TransactionPort transactions,
      PublishEventPort events,
      GenerateIdPort ids,
      Clock clock) {
    this.loadGuilds = loadGuilds;
    this.saveGuilds = saveGuilds;
    this.icons = icons;
    this.lookup = new GuildLookup(loadGuilds, loadMembers, loadRoles);
    this.work = new GuildWork(transactions, events);
    this.audit = new AuditTrail(auditLog, ids, clock);
  }

  @Override
  public UploadResult upload(Caller caller, GuildId guild, byte[] image) {
    return work.run(
        changes -> {
          var found = lookup.memberForUpdate(guild, caller.user().id());
          if (found.isEmpty()) {
            return new NotFound();
          }
          ActingMember actor = found.get();
          if (!actor.may(Permission.MANAGE_GUILD)) {
            return new Forbidden();
          }
          if (image.length > ImageType.MAX_UPLOAD_BYTES) {
            return new TooLarge();
          }
          Optional<ImageType> type = ImageType.detect(image);
          if (type.isEmpty()) {
            return new NotAnImage();
          }
          String version = SessionTokens.randomBase64Url(VERSION_BYTES);
          icons.saveIcon(guild, type.get(), version, image);
          return changed(actor, Optional.of(new GuildIcon(type.get(), version)), changes);
        });
  }

  @Override
  public RemoveResult remove(Caller caller, GuildId guild) {
    return work.run(
        changes -> {
          var found = lookup.memberForUpdate(guild, caller.user().id());
          if (found.isEmpty()) {
            return new NotFound();
          }
          ActingMember actor = found.get();
          if (!actor.may(Permission.MANAGE_GUILD)) {
            return new Forbidden();
          }
          if (actor.guild().icon().isEmpty()) {
            return new Updated(actor.guild());
          }
          icons.deleteIcon(guild);
          return changed(actor, Optional.empty(), changes);
        });
  }

  private Updated changed(ActingMember actor, Optional<GuildIcon> icon, GuildWork.Changes changes) {
    Guild updated = actor.guild().withIcon(icon);
    saveGuilds.updateGuild(updated);
    audit.record(actor, AuditAction.GUILD_ICON_UPDATE, updated.id());
    changes.publish(new GuildEvent.GuildUpdated(updated));
    return new Updated(updated);
  }

  @Override
  public Optional<GuildIconImage> icon(GuildId guild) {
    return loadGuilds
        .loadGuild(guild)
        .flatMap(Guild::icon)
        .flatMap(icon -> icons.loadIcon(guild))
        .map(stored -> new GuildIconImage(stored.type(), stored.version(), stored.data()));
  }
}
