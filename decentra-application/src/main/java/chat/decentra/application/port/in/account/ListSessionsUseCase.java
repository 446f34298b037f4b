package chat.decentra.application.port.in.account;

import chat.decentra.domain.session.AuthSession;
import java.util.List;

/** The caller's sessions, most recently used first. */
public interface ListSessionsUseCase {

  List<AuthSession> sessions(Caller caller);
}
