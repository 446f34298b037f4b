package chat.decentra.application.testing;

import chat.decentra.application.port.out.PasswordHashPort;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** A fast salted SHA-256 in place of Argon2id, so service tests run in milliseconds. */
public final class FakePasswordHasher implements PasswordHashPort {

  private final AtomicInteger verifications = new AtomicInteger();

  @Override
  public String hash(String password) {
    String salt = UUID.randomUUID().toString();
    return "fake$" + salt + "$" + sha256(salt + password);
  }

  @Override
  public boolean verify(String password, String hash) {
    verifications.incrementAndGet();
    String[] parts = hash.split("\\$");
    return parts.length == 3
        && parts[0].equals("fake")
        && MessageDigest.isEqual(
            sha256(parts[1] + password).getBytes(StandardCharsets.US_ASCII),
            parts[2].getBytes(StandardCharsets.US_ASCII));
  }

  /** How many times a password was checked: a miss must cost as much as a hit. */
  public int verifications() {
    return verifications.get();
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
