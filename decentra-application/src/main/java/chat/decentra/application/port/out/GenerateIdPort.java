package chat.decentra.application.port.out;

/** New unique, time-ordered 64-bit ids, with no coordination between nodes. */
public interface GenerateIdPort {

  long nextId();
}
