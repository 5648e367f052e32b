package org.gongshi.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The applied outbox sequence of a search index shared by every node (an OpenSearch cluster), kept
 * in the database (table {@code search_applied}), and the lock that lets one node at a time apply
 * the outbox to it.
 *
 * <p>The applier {@linkplain #claim claims} the index's row with {@code SELECT ... FOR UPDATE SKIP
 * LOCKED} in its transaction: a node that finds the row locked skips its turn (another node is
 * applying); the holder writes its bulk requests, {@linkplain #record records} the new sequence and
 * commits. A node that dies mid-bulk loses its connection and with it the lock; the sequence stays
 * where the last commit put it, and the next holder replays from there (the outbox sequence is the
 * external document version, so the replay writes nothing twice and never an older version over a
 * newer one). A cluster-wide singleton (the HA issue) can own the applier later: the lock then
 * never finds a competitor, and stays as the guard.
 *
 * <p>Plain JDBC on the caller's (JTA-enlisted) connection, so the lock lasts exactly as long as the
 * applying transaction; the SQL runs on PostgreSQL and H2.
 */
public final class SharedIndexProgress {
  static final String CLAIM =
      "SELECT applied_seq FROM search_applied WHERE index_name = ? FOR UPDATE SKIP LOCKED";
  static final String READ = "SELECT applied_seq FROM search_applied WHERE index_name = ?";
  static final String RECORD =
      "UPDATE search_applied SET applied_seq = ?, applied_by = ?, applied_at = ?"
          + " WHERE index_name = ?";
  static final String LOWER =
      "UPDATE search_applied SET applied_seq = ?, applied_by = ?, applied_at = ?"
          + " WHERE index_name = ? AND (applied_seq IS NULL OR applied_seq > ?)";

  private SharedIndexProgress() {}

  /** The row of an index the caller's transaction holds: its recorded sequence, if any. */
  public record Claim(OptionalLong appliedSequence) {}

  /**
   * Locks the index's row until the caller's transaction ends.
   *
   * @param c the connection of the applying transaction (not auto-commit)
   * @param index the index name ({@code archive})
   * @return the claim, or empty when another transaction holds the row (skip this turn)
   * @throws SQLException when the database refuses, or the index has no row
   */
  public static Optional<Claim> claim(Connection c, String index) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(CLAIM)) {
      s.setString(1, index);
      try (ResultSet r = s.executeQuery()) {
        if (r.next() == false) {
          if (exists(c, index) == false) {
            throw new SQLException("search_applied has no row for index " + index);
          }
          return Optional.empty();
        }
        long seq = r.getLong(1);
        return Optional.of(new Claim(r.wasNull() ? OptionalLong.empty() : OptionalLong.of(seq)));
      }
    }
  }

  private static boolean exists(Connection c, String index) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT COUNT(*) FROM search_applied WHERE index_name = ?")) {
      s.setString(1, index);
      try (ResultSet r = s.executeQuery()) {
        return r.next() && r.getLong(1) > 0;
      }
    }
  }

  /**
   * The recorded sequence without locking (for health and drift figures).
   *
   * @param c a connection
   * @param index the index name
   * @return the sequence, empty when never recorded
   * @throws SQLException when the database refuses
   */
  public static OptionalLong read(Connection c, String index) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(READ)) {
      s.setString(1, index);
      try (ResultSet r = s.executeQuery()) {
        if (r.next() == false) return OptionalLong.empty();
        long seq = r.getLong(1);
        return r.wasNull() ? OptionalLong.empty() : OptionalLong.of(seq);
      }
    }
  }

  /**
   * Records the sequence the index now holds, in the claiming transaction.
   *
   * @param c the connection that holds the claim
   * @param index the index name
   * @param seq the last applied outbox sequence
   * @param node which node applied it
   * @param at when
   * @throws SQLException when the database refuses
   */
  public static void record(Connection c, String index, long seq, String node, Instant at)
      throws SQLException {
    update(c, RECORD, index, seq, node, at, false);
  }

  /**
   * After a rebuild as of {@code seq}: lowers the recorded sequence to it (the rebuilt index holds
   * nothing later, whatever was applied to the index it replaced); waits for a running applier.
   *
   * @param c a connection in the caller's transaction
   * @param index the index name
   * @param seq the rebuild's sequence
   * @param node which node rebuilt
   * @param at when
   * @throws SQLException when the database refuses
   */
  public static void lowerTo(Connection c, String index, long seq, String node, Instant at)
      throws SQLException {
    update(c, LOWER, index, seq, node, at, true);
  }

  private static void update(
      Connection c, String sql, String index, long seq, String node, Instant at, boolean lower)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, seq);
      s.setString(2, node);
      s.setTimestamp(3, Timestamp.from(at));
      s.setString(4, index);
      if (lower) s.setLong(5, seq);
      s.executeUpdate();
    }
  }

  /** This node's name for the record: WildFly's node name, else the host name. */
  public static String nodeName() {
    String n = System.getProperty("jboss.node.name");
    if (n != null && n.isBlank() == false) return n;
    try {
      return java.net.InetAddress.getLocalHost().getHostName();
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }
}
