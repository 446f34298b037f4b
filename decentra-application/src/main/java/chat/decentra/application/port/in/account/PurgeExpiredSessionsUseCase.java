package chat.decentra.application.port.in.account;

/** Housekeeping: deleting sessions that expired, so the session table does not grow forever. */
public interface PurgeExpiredSessionsUseCase {

  /** Deletes every expired session; returns how many. */
  int purgeExpired();
}
