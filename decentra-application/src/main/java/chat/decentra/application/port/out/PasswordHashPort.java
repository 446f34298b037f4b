package chat.decentra.application.port.out;

/** Slow, salted password hashing. Implementations bound how many hashes run at once. */
public interface PasswordHashPort {

  /** A self-describing hash string (algorithm, parameters, salt, hash). */
  String hash(String password);

  /** True when the password matches the hash; takes as long for a miss as for a match. */
  boolean verify(String password, String hash);
}
