package org.gongshi.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.gongshi.security.LoginThrottle.State;

/**
 * Login failures in the table {@code login_failure}, which every node reads and writes: the rows of
 * an attempt's keys are locked ({@code SELECT … FOR UPDATE}) while its delay is worked out, so two
 * nodes queue the same guesser one slot after the other. Inside a caller's transaction (the admin's
 * unlock) it works in that transaction; otherwise in one of its own. When the database cannot be
 * reached the counts fall back to this JVM's memory (logins then fail at the realm anyway).
 */
final class SharedLoginFailures implements LoginThrottle.Store {
  private static final Logger LOG = Logger.getLogger(SharedLoginFailures.class.getName());
  static final String JNDI = "java:jboss/datasources/GongshiDS";

  /** Spent rows are deleted this often per node, or sooner after many new keys. */
  static final long PRUNE_EVERY_MS = 60_000;

  static final int PRUNE_AFTER_INSERTS = LoginThrottle.MAX_KEYS / 4;

  interface Connections {
    Connection open() throws SQLException;
  }

  private final Connections connections;
  private final LoginThrottle.Store fallback;
  private final AtomicLong lastPrune = new AtomicLong(Long.MIN_VALUE);
  private final AtomicLong lastWarning = new AtomicLong();
  private final AtomicLong insertsSincePrune = new AtomicLong();

  SharedLoginFailures(Connections connections, LoginThrottle.Store fallback) {
    this.connections = connections;
    this.fallback = fallback;
  }

  /** The application's datasource, looked up when first used (none in unit tests: memory only). */
  static SharedLoginFailures fromJndi(LoginThrottle.Store fallback) {
    DataSource[] cached = new DataSource[1];
    return new SharedLoginFailures(
        () -> {
          DataSource ds = cached[0];
          if (ds == null) {
            try {
              ds = (DataSource) new InitialContext().lookup(JNDI);
            } catch (NamingException | RuntimeException e) {
              throw new SQLException("no datasource " + JNDI + ": " + e, e);
            }
            cached[0] = ds;
          }
          return ds.getConnection();
        },
        fallback);
  }

  @Override
  public <T> T update(List<String> keys, long now, Function<Map<String, State>, T> work) {
    if (keys.isEmpty()) return work.apply(new HashMap<>());
    try {
      T result = null;
      for (int attempt = 1; ; attempt++) {
        try {
          result = inTransaction(keys, work);
          break;
        } catch (SQLException e) {
          // two nodes inserted the same new key: run again on the row the other one wrote
          if (attempt >= 3 || !isRetryable(e)) throw e;
        }
      }
      prune(now);
      return result;
    } catch (SQLException e) {
      long t = System.currentTimeMillis();
      long last = lastWarning.get();
      if (t - last > 60_000 && lastWarning.compareAndSet(last, t)) {
        LOG.warning("Login failures kept in this node's memory only (database: " + e + ")");
      }
      return fallback.update(keys, now, work);
    }
  }

  private <T> T inTransaction(List<String> keys, Function<Map<String, State>, T> work)
      throws SQLException {
    try (Connection c = connections.open()) {
      // inside a JTA transaction the connection is not ours to commit
      boolean own = c.getAutoCommit();
      if (own) c.setAutoCommit(false);
      try {
        Map<String, State> before = load(c, keys);
        Map<String, State> view = new HashMap<>();
        before.forEach((k, s) -> view.put(k, new State(s.failures, s.lastFailure, s.nextSlot)));
        T result = work.apply(view);
        int inserted = save(c, keys, before, view);
        if (own) c.commit();
        insertsSincePrune.addAndGet(inserted);
        return result;
      } catch (SQLException | RuntimeException e) {
        if (own) c.rollback();
        throw e;
      } finally {
        if (own) c.setAutoCommit(true);
      }
    }
  }

  /** The rows of {@code keys}, each locked, in one order on every node (no deadlock). */
  private static Map<String, State> load(Connection c, List<String> keys) throws SQLException {
    Map<String, State> states = new HashMap<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT failures, last_failure, next_slot FROM login_failure"
                + " WHERE throttle_key = ? FOR UPDATE")) {
      for (String key : keys.stream().sorted().toList()) {
        s.setString(1, key);
        try (ResultSet r = s.executeQuery()) {
          if (r.next()) states.put(key, new State(r.getInt(1), r.getLong(2), r.getLong(3)));
        }
      }
    }
    return states;
  }

  /** Writes what changed; the number of new keys. */
  private static int save(
      Connection c, List<String> keys, Map<String, State> before, Map<String, State> after)
      throws SQLException {
    int inserted = 0;
    for (String key : keys) {
      State was = before.get(key);
      State now = after.get(key);
      if (now == null) {
        if (was != null) {
          try (PreparedStatement d =
              c.prepareStatement("DELETE FROM login_failure WHERE throttle_key = ?")) {
            d.setString(1, key);
            d.executeUpdate();
          }
        }
      } else if (was == null) {
        write(c, INSERT, key, now);
        inserted++;
      } else if (was.failures != now.failures
          || was.lastFailure != now.lastFailure
          || was.nextSlot != now.nextSlot) {
        write(c, UPDATE, key, now);
      }
    }
    return inserted;
  }

  private static final String INSERT =
      "INSERT INTO login_failure (failures, last_failure, next_slot, throttle_key)"
          + " VALUES (?, ?, ?, ?)";
  private static final String UPDATE =
      "UPDATE login_failure SET failures = ?, last_failure = ?, next_slot = ? WHERE throttle_key = ?";

  /** Runs {@link #INSERT} or {@link #UPDATE} for one key's state. */
  private static void write(Connection c, String sql, String key, State s) throws SQLException {
    try (PreparedStatement w = c.prepareStatement(sql)) {
      w.setInt(1, s.failures);
      w.setLong(2, s.lastFailure);
      w.setLong(3, s.nextSlot);
      w.setString(4, key);
      w.executeUpdate();
    }
  }

  /**
   * Deletes the rows with nothing left to hold (no user name typed by mistake stays longer than its
   * failures count); when {@value LoginThrottle#MAX_KEYS} or more remain, a flood of made-up names,
   * all but the newest half of that.
   */
  void prune(long now) {
    long last = lastPrune.get();
    boolean recent = last != Long.MIN_VALUE && now >= last && now - last < PRUNE_EVERY_MS;
    if (recent && insertsSincePrune.get() < PRUNE_AFTER_INSERTS) return;
    if (!lastPrune.compareAndSet(last, now)) return;
    insertsSincePrune.set(0);
    try (Connection c = connections.open()) {
      if (!c.getAutoCommit()) return; // not inside someone else's transaction
      try (PreparedStatement d =
          c.prepareStatement(
              "DELETE FROM login_failure WHERE next_slot <= ?"
                  + " AND last_failure + CAST(failures AS BIGINT) * ? <= ?")) {
        d.setLong(1, now);
        d.setLong(2, LoginThrottle.DECAY_MS);
        d.setLong(3, now);
        d.executeUpdate();
      }
      long rows;
      try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM login_failure");
          ResultSet r = s.executeQuery()) {
        r.next();
        rows = r.getLong(1);
      }
      if (rows < LoginThrottle.MAX_KEYS) return;
      long oldestKept;
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT last_failure FROM login_failure ORDER BY last_failure"
                  + " OFFSET ? ROWS FETCH NEXT 1 ROWS ONLY")) {
        s.setLong(1, rows - LoginThrottle.MAX_KEYS / 2);
        try (ResultSet r = s.executeQuery()) {
          if (!r.next()) return;
          oldestKept = r.getLong(1);
        }
      }
      try (PreparedStatement d =
          c.prepareStatement("DELETE FROM login_failure WHERE last_failure < ?")) {
        d.setLong(1, oldestKept);
        d.executeUpdate();
      }
    } catch (SQLException e) {
      LOG.fine(() -> "Pruning login failures failed (next login retries): " + e);
    }
  }

  /** A duplicate key, a deadlock or a serialization failure: worth running again. */
  private static boolean isRetryable(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s
          && s.getSQLState() != null
          && (s.getSQLState().equals("23505") || s.getSQLState().startsWith("40"))) {
        return true;
      }
    }
    return false;
  }
}
