package chat.decentra.application.port.out.guild;

import chat.decentra.domain.guild.GuildInvite;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.invite.InviteCode;
import java.util.List;
import java.util.Optional;

/** Invitations to guilds, found by their code. */
public interface GuildInvitePort {

  void insertGuildInvite(GuildInvite invite);

  Optional<GuildInvite> findGuildInvite(InviteCode code);

  /**
   * The invite, locked until the end of the current transaction, so that two people cannot take its
   * last use at once.
   */
  Optional<GuildInvite> findGuildInviteForUpdate(InviteCode code);

  /** Writes uses and the revoked flag. */
  void updateGuildInvite(GuildInvite invite);

  /** The guild's invites, revoked and expired ones included, newest first. */
  List<GuildInvite> listGuildInvites(GuildId guild);
}
