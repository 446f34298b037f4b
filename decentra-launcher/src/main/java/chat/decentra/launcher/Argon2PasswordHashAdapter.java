package chat.decentra.launcher;

import chat.decentra.application.port.out.PasswordHashPort;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes in the PHC string format, computed on a small fixed pool of threads so
 * that a burst of sign-ins cannot take every core or much memory (each hash holds its memory cost
 * while it runs).
 */
public final class Argon2PasswordHashAdapter implements PasswordHashPort, AutoCloseable {

  /** OWASP's recommended Argon2id setting: 19 MiB of memory, 2 passes, 1 lane. */
  public static final Cost OWASP = new Cost(19 * 1024, 2, 1);

  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;
  private static final Pattern PHC =
      Pattern.compile(
          "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
  private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getDecoder();

  private final Cost cost;
  private final ExecutorService pool;
  private final SecureRandom random = new SecureRandom();

  /**
   * @param threads how many hashes may run at once
   */
  public Argon2PasswordHashAdapter(Cost cost, int threads) {
    this.cost = cost;
    var counter = new AtomicInteger();
    this.pool =
        Executors.newFixedThreadPool(
            threads,
            runnable -> {
              var thread = new Thread(runnable, "password-hash-" + counter.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  /** Memory in KiB, iterations and parallelism. */
  public record Cost(int memoryKib, int iterations, int parallelism) {}

  @Override
  public String hash(String password) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    byte[] hash = onPool(() -> derive(password, salt, cost, HASH_BYTES));
    return "$argon2id$v=19$m=%d,t=%d,p=%d$%s$%s"
        .formatted(
            cost.memoryKib(),
            cost.iterations(),
            cost.parallelism(),
            ENCODER.encodeToString(salt),
            ENCODER.encodeToString(hash));
  }

  @Override
  public boolean verify(String password, String encoded) {
    Matcher phc = PHC.matcher(encoded);
    if (!phc.matches()) {
      return false;
    }
    var stored =
        new Cost(
            Integer.parseInt(phc.group(1)),
            Integer.parseInt(phc.group(2)),
            Integer.parseInt(phc.group(3)));
    byte[] salt = DECODER.decode(phc.group(4));
    byte[] expected = DECODER.decode(phc.group(5));
    byte[] actual = onPool(() -> derive(password, salt, stored, expected.length));
    return MessageDigest.isEqual(expected, actual);
  }

  private static byte[] derive(String password, byte[] salt, Cost cost, int length) {
    var parameters =
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(cost.memoryKib())
            .withIterations(cost.iterations())
            .withParallelism(cost.parallelism())
            .withSalt(salt)
            .build();
    var generator = new Argon2BytesGenerator();
    generator.init(parameters);
    byte[] out = new byte[length];
    generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
    return out;
  }

  private byte[] onPool(Supplier<byte[]> work) {
    Future<byte[]> result = pool.submit(work::get);
    try {
      return result.get();
    } catch (InterruptedException interrupted) {
      result.cancel(true);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while hashing a password", interrupted);
    } catch (ExecutionException failed) {
      throw new IllegalStateException("password hashing failed", failed.getCause());
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
