package chat.decentra.application.port.out.guild;

import chat.decentra.domain.guild.Member;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.user.UserId;
import java.util.List;
import java.util.Optional;

/** Reading memberships, each with its roles. */
public interface LoadMemberPort {

  Optional<Member> loadMember(GuildId guild, UserId user);

  /** The guild's members, in the order they joined. */
  List<Member> listMembers(GuildId guild);

  int countMembers(GuildId guild);
}
