package org.gongshi.it;

import jakarta.json.JsonObject;

/** Polling for background work (extraction), bounded; never a timing assertion. */
public final class Waits {
  private Waits() {}

  public static JsonObject extractionFinished(Api api, long fileId) {
    long until = System.currentTimeMillis() + 60_000;
    while (true) {
      JsonObject f = api.get("files/" + fileId).json();
      if (!"PENDING".equals(f.getString("extractionStatus")) || System.currentTimeMillis() > until) return f;
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return f;
      }
    }
  }
}
