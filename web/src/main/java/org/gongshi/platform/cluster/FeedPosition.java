package org.gongshi.platform.cluster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How far a node followed a feed whose rows are numbered as they are written but seen as their
 * transactions commit: a lower number may appear after a higher one. The numbers skipped over are
 * asked for again until they appear or, after {@code holdMillis}, are taken as rolled back.
 */
public final class FeedPosition {
  /** More skipped numbers than this in one step are not waited for (a bulk import's rollback). */
  static final int MAX_HOLES = 10_000;

  private final long holdMillis;
  private long through;
  private final Map<Long, Long> holes = new HashMap<>();

  public FeedPosition(long through, long holdMillis) {
    this.through = through;
    this.holdMillis = holdMillis;
  }

  /** Every number up to this one has been seen or given up. */
  public synchronized long through() {
    return through;
  }

  /** The numbers below {@link #through()} still awaited, after dropping those held too long. */
  public synchronized Set<Long> holes(long now) {
    holes.values().removeIf(deadline -> deadline < now);
    return Set.copyOf(holes.keySet());
  }

  /** Records the numbers of rows read (ascending). */
  public synchronized void seen(List<Long> seqs, long now) {
    for (long seq : seqs) {
      holes.remove(seq);
      if (seq <= through) continue;
      if (seq - through - 1 <= MAX_HOLES)
        for (long s = through + 1; s < seq; s++) holes.put(s, now + holdMillis);
      through = seq;
    }
  }

  /** Starts over from a rebuild that holds everything up to {@code seq}. */
  public synchronized void reset(long seq) {
    through = seq;
    holes.clear();
  }
}
