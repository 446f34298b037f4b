package chat.decentra.adapter.undertow.ws;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A socket connection on a hand-moved clock: tasks run at once, timers when the clock passes them.
 */
final class FakeConnection implements SocketConnection {

  private record Timer(long dueAt, Runnable task, boolean[] cancelled) {}

  final List<String> sent = new ArrayList<>();
  final List<Runnable> unwritten = new ArrayList<>();
  boolean holdWrites;
  Integer closeCode;
  boolean aborted;
  int pings;
  long now;
  private final List<Timer> timers = new ArrayList<>();

  @Override
  public void execute(Runnable task) {
    task.run();
  }

  @Override
  public Cancellable schedule(Runnable task, Duration delay) {
    boolean[] cancelled = {false};
    timers.add(new Timer(now + delay.toNanos(), task, cancelled));
    return () -> cancelled[0] = true;
  }

  @Override
  public void write(ByteBuffer frame, Runnable done) {
    sent.add(StandardCharsets.UTF_8.decode(frame).toString());
    if (holdWrites) {
      unwritten.add(done);
    } else {
      done.run();
    }
  }

  @Override
  public void ping() {
    pings++;
  }

  @Override
  public void close(int code, String reason, Duration grace) {
    closeCode = code;
  }

  @Override
  public void abort() {
    aborted = true;
  }

  @Override
  public void abortAfter(Duration grace) {
    schedule(this::abort, grace);
  }

  /** Moves the clock, running the timers that fall due in order. */
  void advance(Duration duration) {
    long until = now + duration.toNanos();
    while (true) {
      Timer next =
          timers.stream()
              .filter(t -> t.dueAt() <= until && !t.cancelled()[0])
              .min(Comparator.comparingLong(Timer::dueAt))
              .orElse(null);
      if (next == null) {
        break;
      }
      timers.remove(next);
      now = next.dueAt();
      next.task().run();
    }
    now = until;
  }
}
