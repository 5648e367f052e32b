package org.gongshi.it;

import jakarta.json.JsonObject;

/** Polling for background work (extraction), bounded; never a timing assertion. */
public final class Waits {
  private Waits() {}

  /**
   * Today in China, at least five minutes before midnight: a test that sends "today" while the
   * server records its own today (a review's conclusion, a milestone) must not straddle the change
   * of date, when the server's day would be later than the one the test sent. Waits past midnight
   * when it is closer.
   */
  public static java.time.LocalDate todayClearOfMidnight() {
    java.time.ZoneId china = java.time.ZoneId.of("Asia/Shanghai");
    java.time.ZonedDateTime now = java.time.ZonedDateTime.now(china);
    java.time.ZonedDateTime midnight = now.toLocalDate().plusDays(1).atStartOfDay(china);
    if (java.time.Duration.between(now, midnight).toMinutes() < 5) {
      try {
        Thread.sleep(java.time.Duration.between(now, midnight).plusSeconds(2).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return java.time.LocalDate.now(china);
  }

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
