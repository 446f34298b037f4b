package chat.decentra.application.port.in.account;

/** Ending the caller's own session; its gateway sockets close. */
public interface LogOutUseCase {

  void logOut(Caller caller);
}
