package chat.decentra.application.port.in.guild;

import chat.decentra.application.port.in.account.Caller;
import chat.decentra.domain.guild.Guild;
import chat.decentra.domain.id.GuildId;

/**
 * Uploading or removing a guild's icon, with the same image rules as avatars; needs manage server.
 */
public interface SetGuildIconUseCase {

  UploadResult upload(Caller caller, GuildId guild, byte[] image);

  RemoveResult remove(Caller caller, GuildId guild);

  sealed interface UploadResult {}

  sealed interface RemoveResult {}

  record Updated(Guild guild) implements UploadResult, RemoveResult {}

  record NotFound() implements UploadResult, RemoveResult {}

  record Forbidden() implements UploadResult, RemoveResult {}

  /** Not a PNG, JPEG, WebP or GIF by its content. */
  record NotAnImage() implements UploadResult {}

  record TooLarge() implements UploadResult {}
}
