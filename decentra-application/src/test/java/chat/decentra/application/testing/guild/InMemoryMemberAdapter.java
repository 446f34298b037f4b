package chat.decentra.application.testing.guild;

import chat.decentra.application.port.out.guild.LoadMemberPort;
import chat.decentra.application.port.out.guild.SaveMemberPort;
import chat.decentra.application.testing.guild.GuildTables.UserInGuild;
import chat.decentra.domain.guild.Member;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.user.UserId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Memberships in a map, for service tests. */
public final class InMemoryMemberAdapter implements LoadMemberPort, SaveMemberPort {

  private final GuildTables tables;

  InMemoryMemberAdapter(GuildTables tables) {
    this.tables = tables;
  }

  @Override
  public Optional<Member> loadMember(GuildId guild, UserId user) {
    synchronized (tables) {
      return Optional.ofNullable(tables.members.get(new UserInGuild(guild, user)));
    }
  }

  @Override
  public List<Member> listMembers(GuildId guild) {
    synchronized (tables) {
      return tables.members.values().stream()
          .filter(m -> m.guildId().equals(guild))
          .sorted(Comparator.comparing(Member::joinedAt).thenComparing(m -> m.userId().value()))
          .toList();
    }
  }

  @Override
  public int countMembers(GuildId guild) {
    synchronized (tables) {
      return (int) tables.members.keySet().stream().filter(k -> k.guild().equals(guild)).count();
    }
  }

  @Override
  public boolean insertMember(Member member) {
    synchronized (tables) {
      if (!tables.guilds.containsKey(member.guildId())) {
        throw new IllegalStateException("no guild " + member.guildId());
      }
      return tables.members.putIfAbsent(new UserInGuild(member.guildId(), member.userId()), member)
          == null;
    }
  }

  @Override
  public void updateMember(Member member) {
    synchronized (tables) {
      tables.members.replace(new UserInGuild(member.guildId(), member.userId()), member);
    }
  }

  @Override
  public boolean deleteMember(GuildId guild, UserId user) {
    synchronized (tables) {
      return tables.members.remove(new UserInGuild(guild, user)) != null;
    }
  }
}
