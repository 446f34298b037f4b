package chat.decentra.adapter.undertow.json;

import chat.decentra.domain.guild.Member;
import chat.decentra.domain.id.RoleId;
import chat.decentra.domain.user.User;
import java.util.List;

/**
 * A member of a guild on the wire (docs/api.md, "Member"): the user as others see them, the
 * nickname, the assigned roles ({@code @everyone} is implicit) and when they joined.
 */
public record MemberJson(UserJson user, String nick, List<String> roles, String joinedAt) {

  public static MemberJson of(Member member, User user) {
    if (!member.userId().equals(user.id())) {
      throw new IllegalArgumentException("member and user must be the same person");
    }
    return new MemberJson(
        UserJson.other(user),
        member.nickname().orElse(null),
        roleIds(member),
        Times.iso(member.joinedAt()));
  }

  /** The member's role ids, in id order so that the answer does not vary. */
  static List<String> roleIds(Member member) {
    return member.roleIds().stream()
        .mapToLong(RoleId::value)
        .sorted()
        .mapToObj(Long::toString)
        .toList();
  }
}
