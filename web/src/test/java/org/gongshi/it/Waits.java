package org.gongshi.it;

import jakarta.json.JsonObject;

/** Polling for background work (extraction), bounded; never a timing assertion. */
public final class Waits {
  private Waits() {}

  /** Polls until the condition holds or 30 s pass; returns the last answer either way. */
  public static <T> T until(
      java.util.function.Supplier<T> probe, java.util.function.Predicate<T> done) {
    long until = System.currentTimeMillis() + 30_000;
    T last = probe.get();
    while (!done.test(last) && System.currentTimeMillis() < until) {
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return last;
      }
      last = probe.get();
    }
    return last;
  }

  public static JsonObject extractionFinished(Api api, long fileId) {
    long until = System.currentTimeMillis() + 60_000;
    while (true) {
      JsonObject f = api.get("files/" + fileId).json();
      if (!"PENDING".equals(f.getString("extractionStatus")) || System.currentTimeMillis() > until)
        return f;
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return f;
      }
    }
  }
}
