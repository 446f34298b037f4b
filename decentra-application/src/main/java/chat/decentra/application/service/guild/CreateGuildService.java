package chat.decentra.application.service.guild;

import chat.decentra.application.port.in.guild.CreateGuildUseCase;
import chat.decentra.application.port.out.GenerateIdPort;
import chat.decentra.application.port.out.PublishEventPort;
import chat.decentra.application.port.out.TransactionPort;
import chat.decentra.application.port.out.guild.LoadChannelPort;
import chat.decentra.application.port.out.guild.LoadGuildPort;
import chat.decentra.application.port.out.guild.LoadMemberPort;
import chat.decentra.application.port.out.guild.SaveChannelPort;
import chat.decentra.application.port.out.guild.SaveGuildPort;
import chat.decentra.application.port.out.guild.SaveMemberPort;
import chat.decentra.application.port.out.guild.SaveRolePort;
import chat.decentra.domain.channel.Channel;
import chat.decentra.domain.channel.ChannelId;
import chat.decentra.domain.channel.ChannelKind;
import chat.decentra.domain.guild.Guild;
import chat.decentra.domain.guild.GuildEvent;
import chat.decentra.domain.guild.GuildLimits;
import chat.decentra.domain.guild.Member;
import chat.decentra.domain.guild.Role;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Creates guilds with their first channels, their {@code @everyone} role and their owner. */
public final class CreateGuildService implements CreateGuildUseCase {

  static final String FIRST_TEXT_CHANNEL = "general";
  static final String FIRST_VOICE_CHANNEL = "General";

  private final LoadGuildPort loadGuilds;
  private final SaveGuildPort saveGuilds;
  private final SaveChannelPort saveChannels;
  private final SaveRolePort saveRoles;
  private final SaveMemberPort saveMembers;
  private final GuildViews views;
  private final GuildWork work;
  private final GenerateIdPort ids;
  private final Clock clock;

  public CreateGuildService(
      LoadGuildPort loadGuilds,
      SaveGuildPort saveGuilds,
      LoadChannelPort loadChannels,
      SaveChannelPort saveChannels,
      SaveRolePort saveRoles,
      LoadMemberPort loadMembers,
      SaveMemberPort saveMembers,
      TransactionPort transactions,
      PublishEventPort events,
      GenerateIdPort ids,
      Clock clock) {
    this.loadGuilds = loadGuilds;
    this.saveGuilds = saveGuilds;
    this.saveChannels = saveChannels;
    this.saveRoles = saveRoles;
    this.saveMembers = saveMembers;
    this.views = new GuildViews(loadChannels, loadMembers);
    this.work = new GuildWork(transactions, events);
    this.ids = ids;
    this.clock = clock;
  }

  @Override
  public Result create(Command command) {
    Optional<String> name = Guild.normalizeName(command.name());
    if (name.isEmpty()) {
      return new InvalidName();
    }
    UserId owner = command.caller().user().id();
    return work.run(
        changes -> {
          // A soft limit: two creations at the same instant may both pass, which does no harm.
          if (loadGuilds.listGuildsOf(owner).size() >= GuildLimits.GUILDS_PER_USER) {
            return new TooManyGuilds();
          }
          Instant now = clock.instant();
          var id = new GuildId(ids.nextId());
          Guild guild = Guild.create(id, name.get(), owner, now);
          Role everyone = Role.everyone(id, Role.DEFAULT_EVERYONE_PERMISSIONS);
          Channel text = channel(id, ChannelKind.TEXT, FIRST_TEXT_CHANNEL, 0);
          Channel voice = channel(id, ChannelKind.VOICE, FIRST_VOICE_CHANNEL, 1);
          Member member = Member.joined(id, owner, now);
          saveGuilds.insertGuild(guild);
          saveRoles.insertRole(everyone);
          saveChannels.insertChannel(text);
          saveChannels.insertChannel(voice);
          saveMembers.insertMember(member);
          changes.publish(
              new GuildEvent.GuildCreated(guild, List.of(everyone), List.of(text, voice), member));
          return new Created(views.of(ActingMember.of(guild, member, List.of(everyone))));
        });
  }

  private Channel channel(GuildId guild, ChannelKind kind, String name, int position) {
    return Channel.create(new ChannelId(ids.nextId()), guild, kind, name, position);
  }
}
