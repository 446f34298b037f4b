package chat.decentra.domain.instance;

/** Who may create an account on this instance. */
public enum RegistrationMode {
  /** Only people holding an instance invite (the first user excepted). */
  INVITE,
  /** Anyone who can reach the instance. */
  OPEN
}
