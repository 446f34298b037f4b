package chat.decentra.application.service.account;

import chat.decentra.application.port.in.account.Caller;
import chat.decentra.application.port.in.account.ClientInfo;
import chat.decentra.domain.invite.InviteCode;
import chat.decentra.domain.invite.InviteState;
import chat.decentra.domain.user.UserId;
import java.time.Instant;

/**
 * A server invite standing in for an instance invite at sign-up: the newcomer gets an account and
 * joins the server in one go. The servers' side implements it; without servers, no code is one.
 */
public interface ServerInviteRegistration {

  /** No servers: every code is an instance invite or nothing. */
  ServerInviteRegistration NONE =
      new ServerInviteRegistration() {
        @Override
        public Lookup lookUp(InviteCode code, Instant now) {
          return new NotAServerInvite();
        }

        @Override
        public void join(Caller newcomer, InviteCode code, ClientInfo client) {}
      };

  /** Whether the code is a server invite, and whether it can still be used. */
  Lookup lookUp(InviteCode code, Instant now);

  /** Joins the freshly signed-up user to the invite's server, taking one use of the invite. */
  void join(Caller newcomer, InviteCode code, ClientInfo client);

  /** What a code is, seen from the servers' side. */
  sealed interface Lookup {}

  record NotAServerInvite() implements Lookup {}

  record Unusable(InviteState state) implements Lookup {}

  /** A usable server invite, created by {@code sponsor}, who counts as the newcomer's inviter. */
  record Usable(UserId sponsor) implements Lookup {}
}
