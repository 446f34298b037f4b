package chat.decentra.application.port.in.guild;

import chat.decentra.application.port.in.account.Caller;

/**
 * Creating a guild: the caller owns it, and it starts with a {@code general} text channel and a
 * {@code General} voice channel.
 */
public interface CreateGuildUseCase {

  Result create(Command command);

  record Command(Caller caller, String name) {
    public Command {
      if (caller == null) {
        throw new IllegalArgumentException("caller is required");
      }
    }
  }

  sealed interface Result {}

  record Created(GuildView guild) implements Result {}

  record InvalidName() implements Result {}

  /** The caller already belongs to as many guilds as anyone may. */
  record TooManyGuilds() implements Result {}
}
