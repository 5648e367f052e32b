package org.gongshi.security;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Slows password guessing without locking anyone out. Failures are counted per user name and per
 * client address; after {@value #FREE} failures the next attempt on that name or from that address
 * waits 1 s after the last failure, doubling with each further failure up to {@value #CAP_MS} ms.
 * Attempts are given slots one delay apart, so parallel guesses queue as well. One failure is
 * forgiven per {@value #DECAY_MS} ms without a failure; a successful login clears its name.
 *
 * <p>One per deployment (the container's login gate and the admin's unlock share it).
 */
public final class LoginThrottle {
  static final int FREE = 5;
  static final long BASE_MS = 1_000;
  static final long CAP_MS = 30_000;
  static final long DECAY_MS = 60_000;
  static final int MAX_KEYS = 20_000;

  private static final LoginThrottle SHARED = new LoginThrottle();

  LoginThrottle() {}

  public static LoginThrottle shared() {
    return SHARED;
  }

  /** Failures of one name or address. */
  private static final class State {
    int failures;
    long lastFailure;
    long nextSlot;
  }

  private final Map<String, State> states = new HashMap<>();

  /** Names and addresses with failures kept. */
  synchronized int size() {
    return states.size();
  }

  /**
   * Admits an attempt at {@code now}: the milliseconds it must wait before its password is checked,
   * or -1 when the queue is already longer than the cap (refused unchecked: try again later).
   */
  public synchronized long admit(String user, String address, long now) {
    State u = current(userKey(user), now);
    State a = current(addressKey(address), now);
    long wait = Math.max(waitOf(u, now), waitOf(a, now));
    if (wait > CAP_MS) return -1;
    reserve(u, now + wait);
    reserve(a, now + wait);
    return wait;
  }

  public synchronized void failed(String user, String address, long now) {
    for (String key : new String[] {userKey(user), addressKey(address)}) {
      if (key == null) continue;
      State s = current(key, now);
      if (s == null) {
        if (states.size() >= MAX_KEYS) prune(now);
        s = new State();
        states.put(key, s);
      }
      s.failures++;
      s.lastFailure = now;
      // the next attempt waits the delay counted from this failure
      s.nextSlot = Math.max(s.nextSlot, now + delay(s.failures));
    }
  }

  /** A correct password: the name's failures are gone (the address keeps its count). */
  public synchronized void succeeded(String user) {
    String key = userKey(user);
    if (key != null) states.remove(key);
  }

  /** The admin's unlock: the name's failures are gone. Whether there were any. */
  public synchronized boolean clear(String user) {
    String key = userKey(user);
    return key != null && states.remove(key) != null;
  }

  /** Failures counted for a name now (after decay). */
  public synchronized int failures(String user, long now) {
    State s = current(userKey(user), now);
    return s == null ? 0 : s.failures;
  }

  /** The delay the next attempt on a name would get now, in milliseconds (0 when none). */
  public synchronized long pendingDelay(String user, long now) {
    State s = current(userKey(user), now);
    return s == null ? 0 : Math.max(waitOf(s, now), delay(s.failures));
  }

  /** The pause after {@code failures} failures. */
  static long delay(int failures) {
    if (failures < FREE) return 0;
    int doublings = Math.min(failures - FREE, 20);
    return Math.min(CAP_MS, BASE_MS << doublings);
  }

  private static long waitOf(State s, long now) {
    return s == null ? 0 : Math.max(0, s.nextSlot - now);
  }

  /** The next attempt after this one comes one delay later. */
  private static void reserve(State s, long slot) {
    if (s == null) return;
    long d = delay(s.failures);
    if (d > 0) s.nextSlot = Math.max(s.nextSlot, slot) + d;
  }

  /** The state of a key with its failures decayed to {@code now}, or null when none are left. */
  private State current(String key, long now) {
    if (key == null) return null;
    State s = states.get(key);
    if (s == null) return null;
    long forgiven = (now - s.lastFailure) / DECAY_MS;
    if (forgiven > 0) {
      s.failures = (int) Math.max(0, s.failures - forgiven);
      s.lastFailure += forgiven * DECAY_MS;
    }
    if (s.failures == 0 && s.nextSlot <= now) {
      states.remove(key);
      return null;
    }
    return s;
  }

  /** Drops what has decayed; when still full, the oldest half (a flood of made-up names). */
  private void prune(long now) {
    for (Iterator<String> it = states.keySet().iterator(); it.hasNext(); ) {
      State s = states.get(it.next());
      if (now - s.lastFailure >= (long) s.failures * DECAY_MS && s.nextSlot <= now) it.remove();
    }
    if (states.size() >= MAX_KEYS) {
      long median =
          states.values().stream()
              .mapToLong(s -> s.lastFailure)
              .sorted()
              .skip(states.size() / 2L)
              .findFirst()
              .orElse(now);
      states.values().removeIf(s -> s.lastFailure <= median);
    }
  }

  private static String userKey(String user) {
    if (user == null || user.isBlank()) return null;
    String u = user.strip();
    return "u:" + (u.length() > 100 ? u.substring(0, 100) : u);
  }

  private static String addressKey(String address) {
    return address == null || address.isBlank() ? null : "a:" + address;
  }
}
