package chat.decentra.application.port.in.guild;

import chat.decentra.domain.guild.Member;
import chat.decentra.domain.user.User;

/** A member with the account behind it, for member lists. */
public record MemberProfile(Member member, User user) {

  public MemberProfile {
    if (member == null || user == null || !member.userId().equals(user.id())) {
      throw new IllegalArgumentException("member and user are required and must match");
    }
  }
}
