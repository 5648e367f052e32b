package org.gongshi.portal.control;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.gongshi.search.SearchBusyException;

/**
 * Lets at most a few searches run at once, the others wait in arrival order. On an embedded index a
 * search is pure CPU: sixteen sharing two cores each take eight times their own time, so a costly
 * one is slow for everybody; run two at a time, each waits its turn and then runs at full speed. A
 * search that waited {@code wait} without its turn is refused ({@link SearchBusyException}).
 */
public final class SearchGate {

  private final int concurrent;
  private final Semaphore turns;
  private final long waitNanos;

  /**
   * @param concurrent searches running at once; 0 or less lets every search run at once
   * @param wait how long a search waits for its turn before it is refused
   */
  public SearchGate(int concurrent, Duration wait) {
    this.concurrent = Math.max(0, concurrent);
    this.turns = concurrent > 0 ? new Semaphore(concurrent, true) : null;
    this.waitNanos = wait.toNanos();
  }

  /** How many searches run at once; 0 when not limited. */
  public int concurrent() {
    return concurrent;
  }

  /** Runs the search in its turn. */
  public <T> T run(Supplier<T> search) {
    if (turns == null) return search.get();
    boolean got;
    try {
      got = turns.tryAcquire(waitNanos, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SearchBusyException("interrupted while waiting for a search turn");
    }
    if (!got) throw new SearchBusyException("no search turn within " + Duration.ofNanos(waitNanos));
    try {
      return search.get();
    } finally {
      turns.release();
    }
  }
}
