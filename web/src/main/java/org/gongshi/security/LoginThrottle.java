package org.gongshi.security;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Slows password guessing without locking anyone out. Failures are counted per user name and per
 * client address; after {@value #FREE} failures the next attempt on that name or from that address
 * waits 1 s after the last failure, doubling with each further failure up to {@value #CAP_MS} ms.
 * Attempts are given slots one delay apart, so parallel guesses queue as well. One failure is
 * forgiven per {@value #DECAY_MS} ms without a failure; a successful login clears its name.
 *
 * <p>One per deployment (the container's login gate and the admin's unlock share it). The counts
 * live in the database ({@link SharedLoginFailures}), so every node of a cluster sees the same
 * ones; in this JVM's memory only when the database cannot be reached.
 */
public final class LoginThrottle {
  static final int FREE = 5;
  static final long BASE_MS = 1_000;
  static final long CAP_MS = 30_000;
  static final long DECAY_MS = 60_000;
  static final int MAX_KEYS = 20_000;

  private static final LoginThrottle SHARED =
      new LoginThrottle(SharedLoginFailures.fromJndi(new LocalFailures()));

  private final Store store;

  /** Counts kept in this JVM only. */
  LoginThrottle() {
    this(new LocalFailures());
  }

  LoginThrottle(Store store) {
    this.store = store;
  }

  public static LoginThrottle shared() {
    return SHARED;
  }

  /** Failures of one name or address. */
  static final class State {
    int failures;
    long lastFailure;
    long nextSlot;

    State() {}

    State(int failures, long lastFailure, long nextSlot) {
      this.failures = failures;
      this.lastFailure = lastFailure;
      this.nextSlot = nextSlot;
    }
  }

  /** Where the states are kept. */
  interface Store {
    /**
     * Runs {@code work} on the states of {@code keys} (a key without failures is absent), held
     * against every other attempt on those keys, and keeps what it leaves: a state changed, added
     * or removed. May run {@code work} again (on fresh states) when a concurrent writer won.
     */
    <T> T update(List<String> keys, long now, Function<Map<String, State>, T> work);
  }

  /**
   * Admits an attempt at {@code now}: the milliseconds it must wait before its password is checked,
   * or -1 when the queue is already longer than the cap (refused unchecked: try again later).
   */
  public long admit(String user, String address, long now) {
    String uk = userKey(user);
    String ak = addressKey(address);
    return store.update(
        keys(uk, ak),
        now,
        m -> {
          State u = current(m, uk, now);
          State a = current(m, ak, now);
          long wait = Math.max(waitOf(u, now), waitOf(a, now));
          if (wait > CAP_MS) return -1L;
          reserve(u, now + wait);
          reserve(a, now + wait);
          return wait;
        });
  }

  public void failed(String user, String address, long now) {
    List<String> keys = keys(userKey(user), addressKey(address));
    store.update(
        keys,
        now,
        m -> {
          for (String key : keys) {
            State s = current(m, key, now);
            if (s == null) {
              s = new State();
              m.put(key, s);
            }
            s.failures++;
            s.lastFailure = now;
            // the next attempt waits the delay counted from this failure
            s.nextSlot = Math.max(s.nextSlot, now + delay(s.failures));
          }
          return null;
        });
  }

  /** A correct password: the name's failures are gone (the address keeps its count). */
  public void succeeded(String user) {
    clear(user);
  }

  /** The admin's unlock: the name's failures are gone. Whether there were any. */
  public boolean clear(String user) {
    String key = userKey(user);
    if (key == null) return false;
    return store.update(List.of(key), System.currentTimeMillis(), m -> m.remove(key) != null);
  }

  /** Failures counted for a name now (after decay). */
  public int failures(String user, long now) {
    return ofName(user, now, s -> s.failures, 0);
  }

  /** The delay the next attempt on a name would get now, in milliseconds (0 when none). */
  public long pendingDelay(String user, long now) {
    return ofName(user, now, s -> Math.max(waitOf(s, now), delay(s.failures)), 0L);
  }

  /** What {@code read} gives of a name's state at {@code now}; {@code none} without failures. */
  private <T> T ofName(String user, long now, Function<State, T> read, T none) {
    String key = userKey(user);
    return store.update(
        keys(key),
        now,
        m -> {
          State s = current(m, key, now);
          return s == null ? none : read.apply(s);
        });
  }

  /** The pause after {@code failures} failures. */
  static long delay(int failures) {
    if (failures < FREE) return 0;
    int doublings = Math.min(failures - FREE, 20);
    return Math.min(CAP_MS, BASE_MS << doublings);
  }

  /**
   * Whether a state has nothing left to hold at {@code now}: every failure forgiven, no slot ahead.
   */
  static boolean spent(State s, long now) {
    return now - s.lastFailure >= (long) s.failures * DECAY_MS && s.nextSlot <= now;
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
  private static State current(Map<String, State> states, String key, long now) {
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

  private static List<String> keys(String... keys) {
    List<String> list = new ArrayList<>(keys.length);
    for (String k : keys) if (k != null && !list.contains(k)) list.add(k);
    return list;
  }

  private static String userKey(String user) {
    if (user == null || user.isBlank()) return null;
    String u = user.strip();
    return "u:" + (u.length() > 100 ? u.substring(0, 100) : u);
  }

  private static String addressKey(String address) {
    return address == null || address.isBlank() ? null : "a:" + address;
  }

  /** The states in this JVM's memory, at most {@value #MAX_KEYS} of them. */
  static final class LocalFailures implements Store {
    private final Map<String, State> states = new HashMap<>();

    synchronized int size() {
      return states.size();
    }

    @Override
    public synchronized <T> T update(
        List<String> keys, long now, Function<Map<String, State>, T> work) {
      Map<String, State> view = new HashMap<>();
      for (String k : keys) {
        State s = states.get(k);
        if (s != null) view.put(k, s);
      }
      T result = work.apply(view);
      for (String k : keys) {
        State s = view.get(k);
        if (s == null) {
          states.remove(k);
        } else if (states.get(k) != s) {
          if (states.size() >= MAX_KEYS) prune(now);
          states.put(k, s);
        }
      }
      return result;
    }

    /** Drops what has decayed; when still full, the oldest half (a flood of made-up names). */
    private void prune(long now) {
      states.values().removeIf(s -> spent(s, now));
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
  }
}
