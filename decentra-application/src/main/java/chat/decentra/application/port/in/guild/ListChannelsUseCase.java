package chat.decentra.application.port.in.guild;

import chat.decentra.application.port.in.account.Caller;
import chat.decentra.domain.channel.Channel;
import chat.decentra.domain.id.GuildId;
import java.util.List;

/** The channels of a guild that the caller may view. */
public interface ListChannelsUseCase {

  Result channels(Caller caller, GuildId guild);

  sealed interface Result {}

  /** In {@link Channel#ORDER}. */
  record Listed(List<Channel> channels) implements Result {
    public Listed {
      channels = List.copyOf(channels);
    }
  }

  record NotFound() implements Result {}
}
