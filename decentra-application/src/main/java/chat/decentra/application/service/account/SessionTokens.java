package chat.decentra.application.service.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Session tokens: 256 random bits for the client, their SHA-256 for the store. */
public final class SessionTokens {

  /** A token is 32 random bytes, 43 characters of base64url. */
  public static final int TOKEN_BYTES = 32;

  private static final SecureRandom RANDOM = new SecureRandom();

  private SessionTokens() {}

  /** A new random token. */
  public static String newToken() {
    return randomBase64Url(TOKEN_BYTES);
  }

  /** {@code bytes} random bytes as base64url without padding. */
  public static String randomBase64Url(int bytes) {
    byte[] buffer = new byte[bytes];
    RANDOM.nextBytes(buffer);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer);
  }

  /**
   * The hash under which a token is stored. A fast hash is right here: the token has 256 bits of
   * entropy, so unlike a password it cannot be guessed from its hash.
   */
  public static String hash(String token) {
    try {
      var digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every JDK has SHA-256", impossible);
    }
  }

  /** True when the text has the shape of one of our tokens; anything else is not looked up. */
  public static boolean isWellFormed(String token) {
    return token != null
        && token.length() == 43
        && token.chars().allMatch(SessionTokens::isBase64Url);
  }

  private static boolean isBase64Url(int c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '_';
  }
}
