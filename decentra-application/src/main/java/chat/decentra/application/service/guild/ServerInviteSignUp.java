package chat.decentra.application.service.guild;

import chat.decentra.application.port.in.account.Caller;
import chat.decentra.application.port.in.account.ClientInfo;
import chat.decentra.application.port.in.guild.AcceptGuildInviteUseCase;
import chat.decentra.application.port.out.guild.GuildInvitePort;
import chat.decentra.application.port.out.guild.LoadGuildPort;
import chat.decentra.application.service.account.ServerInviteRegistration;
import chat.decentra.domain.guild.GuildInvite;
import chat.decentra.domain.invite.InviteCode;
import chat.decentra.domain.invite.InviteState;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.Optional;

/** Server invites as tickets to sign up: the newcomer joins the server right after. */
public final class ServerInviteSignUp implements ServerInviteRegistration {

  private static final System.Logger LOG = System.getLogger(ServerInviteSignUp.class.getName());

  private final GuildInvitePort invites;
  private final LoadGuildPort guilds;
  private final AcceptGuildInviteUseCase accept;

  public ServerInviteSignUp(
      GuildInvitePort invites, LoadGuildPort guilds, AcceptGuildInviteUseCase accept) {
    this.invites = invites;
    this.guilds = guilds;
    this.accept = accept;
  }

  @Override
  public Lookup lookUp(InviteCode code, Instant now) {
    Optional<GuildInvite> invite =
        invites.findGuildInvite(code).filter(i -> guilds.loadGuild(i.guildId()).isPresent());
    if (invite.isEmpty()) {
      return new NotAServerInvite();
    }
    InviteState state = invite.get().stateAt(now);
    return state == InviteState.USABLE ? new Usable(invite.get().createdBy()) : new Unusable(state);
  }

  @Override
  public void join(Caller newcomer, InviteCode code, ClientInfo client) {
    var result = accept.accept(newcomer, code.value(), client);
    if (!(result instanceof AcceptGuildInviteUseCase.Joined)) {
      // The account exists either way; the invite ran out between the check and the join.
      LOG.log(
          Level.INFO,
          "a newcomer could not join through a server invite: {0}",
          result.getClass().getSimpleName());
    }
  }
}
