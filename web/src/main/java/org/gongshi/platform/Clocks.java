package org.gongshi.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * The one clock: every "today" and every date shown is China Standard Time, whatever zone the
 * machine runs in. Beans inject {@link Clock}; a test replaces it with a fixed one.
 *
 * <p>The demo loader replays history: {@link #at} runs work on the calling thread as if it were
 * then, and always puts the clock back; no other thread sees the shifted time.
 */
@ApplicationScoped
public class Clocks {
  /** Where the deadlines of DOMAIN.md are counted. */
  public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private static final ThreadLocal<Instant> REPLAYED = new ThreadLocal<>();

  @Produces
  Clock clock() {
    return new ReplayableClock();
  }

  /**
   * Runs {@code work} on this thread with the injected clocks reading {@code then} (demo history
   * only). Nested calls are refused: history is replayed one moment at a time.
   */
  public static <T> T at(Instant then, Supplier<T> work) {
    if (REPLAYED.get() != null) throw new IllegalStateException("already replaying");
    REPLAYED.set(then);
    try {
      return work.get();
    } finally {
      REPLAYED.remove();
    }
  }

  /** System time in China, or the moment {@link #at} replays on this thread. */
  static final class ReplayableClock extends Clock {
    @Override
    public ZoneId getZone() {
      return CHINA;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return Clock.system(zone);
    }

    @Override
    public Instant instant() {
      Instant replayed = REPLAYED.get();
      return replayed != null ? replayed : Instant.now();
    }
  }
}
