package chat.decentra.application.port.in.guild;

import chat.decentra.application.port.in.account.Caller;
import chat.decentra.domain.id.GuildId;
import java.util.List;

/** The members of a guild, with their roles, nicknames and join dates; any member may list them. */
public interface ListMembersUseCase {

  Result members(Caller caller, GuildId guild);

  sealed interface Result {}

  /** In the order they joined. */
  record Listed(List<MemberProfile> members) implements Result {
    public Listed {
      members = List.copyOf(members);
    }
  }

  record NotFound() implements Result {}
}
