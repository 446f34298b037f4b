package chat.decentra.application.port.out.guild;

import chat.decentra.domain.guild.Member;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.user.UserId;

/** Writing memberships. */
public interface SaveMemberPort {

  /**
   * Inserts the membership with its roles; returns false, and writes nothing, when the user is
   * already a member. The store enforces it, so two joins at once cannot both win.
   */
  boolean insertMember(Member member);

  /** Writes the nickname and replaces the role set. */
  void updateMember(Member member);

  /** Deletes the membership and its roles; true when there was one. */
  boolean deleteMember(GuildId guild, UserId user);
}
