package chat.decentra.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class Argon2PasswordHashAdapterTest {

  private static final Argon2PasswordHashAdapter HASHER =
      new Argon2PasswordHashAdapter(Argon2PasswordHashAdapter.OWASP, 2);

  @AfterAll
  static void close() {
    HASHER.close();
  }

  @Test
  void hashIsArgon2idInPhcFormatWithOwaspCost() {
    assertThat(HASHER.hash("correct horse battery"))
        .matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
  }

  @Test
  void theRightPasswordVerifiesAndAWrongOneDoesNot() {
    String hash = HASHER.hash("correct horse battery");
    assertThat(HASHER.verify("correct horse battery", hash)).isTrue();
    assertThat(HASHER.verify("correct horse batterY", hash)).isFalse();
    assertThat(HASHER.verify("", hash)).isFalse();
  }

  @Test
  void samePasswordGetsADifferentSaltEachTime() {
    assertThat(HASHER.hash("same password")).isNotEqualTo(HASHER.hash("same password"));
  }

  @Test
  void unicodePasswordsRoundTrip() {
    String hash = HASHER.hash("pässwörd 🔑 密码");
    assertThat(HASHER.verify("pässwörd 🔑 密码", hash)).isTrue();
    assertThat(HASHER.verify("passwort 🔑 密码", hash)).isFalse();
  }

  @Test
  void hashesWithOtherCostsStillVerify() {
    var cheaper = new Argon2PasswordHashAdapter(new Argon2PasswordHashAdapter.Cost(1024, 1, 1), 1);
    String old = cheaper.hash("rotated cost");
    cheaper.close();
    assertThat(HASHER.verify("rotated cost", old)).isTrue();
  }

  @Test
  void malformedHashesNeverVerify() {
    assertThat(HASHER.verify("x", "")).isFalse();
    assertThat(HASHER.verify("x", "plain")).isFalse();
    assertThat(HASHER.verify("x", "$argon2i$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaA")).isFalse();
    assertThat(HASHER.verify("x", "$2b$12$abcdefghijklmnopqrstuu")).isFalse();
  }
}
