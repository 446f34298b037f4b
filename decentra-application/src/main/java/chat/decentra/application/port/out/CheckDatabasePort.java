package chat.decentra.application.port.out;

/** Whether the database answers right now. */
public interface CheckDatabasePort {

  boolean isReachable();
}
