package chat.decentra.application.testing;

/**
 * An in-memory store whose whole state can be saved and put back, so transactions can roll back.
 */
interface InMemoryStore {

  Object snapshot();

  void restore(Object snapshot);
}
