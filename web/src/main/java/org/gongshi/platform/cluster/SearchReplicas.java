package org.gongshi.platform.cluster;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Where each node's search replica stands in the outbox. Every node applies the outbox to its own
 * index and reports its position here; the outbox is pruned only up to the lowest position of the
 * replicas seen within {@link #LIVE}, and the point it was pruned through is kept, so that a node
 * that comes back behind it (down longer than that) rebuilds its index from the database instead of
 * missing rows.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchReplicas {
  private static final Logger LOG = Logger.getLogger(SearchReplicas.class.getName());

  /** A replica that has not reported for this long no longer holds the outbox back. */
  public static final Duration LIVE = Duration.ofMinutes(15);

  @Resource(lookup = "java:jboss/datasources/GongshiDS")
  DataSource dataSource;

  /** Records this node's applied sequence for an index. */
  public void report(String index, long appliedSeq) {
    Timestamp now = Timestamp.from(Instant.now());
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement u =
          c.prepareStatement(
              "UPDATE search_replica SET applied_seq = ?, seen_at = ? WHERE node = ? AND index_name = ?")) {
        u.setLong(1, appliedSeq);
        u.setTimestamp(2, now);
        u.setString(3, ClusterJobs.node());
        u.setString(4, index);
        if (u.executeUpdate() > 0) return;
      }
      try (PreparedStatement i =
          c.prepareStatement(
              "INSERT INTO search_replica (node, index_name, applied_seq, seen_at) VALUES (?, ?, ?, ?)")) {
        i.setString(1, ClusterJobs.node());
        i.setString(2, index);
        i.setLong(3, appliedSeq);
        i.setTimestamp(4, now);
        i.executeUpdate();
      }
    } catch (SQLException e) {
      LOG.warning("Cannot record the position of the " + index + " index: " + e);
    }
  }

  /** The sequence the outbox was pruned through (0 when never). */
  public long prunedThrough(String index) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT pruned_through FROM search_outbox_pruned WHERE index_name = ?")) {
      s.setString(1, index);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getLong(1) : 0;
      }
    } catch (SQLException e) {
      LOG.warning("Cannot read how far the outbox was pruned: " + e);
      return 0;
    }
  }

  /**
   * Deletes the outbox rows every live replica has applied; returns how many. Nothing when no
   * replica has reported.
   */
  public int prune(String index) {
    try (Connection c = dataSource.getConnection()) {
      long through;
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT MIN(applied_seq), COUNT(*) FROM search_replica WHERE index_name = ? AND seen_at > ?")) {
        s.setString(1, index);
        s.setTimestamp(2, Timestamp.from(Instant.now().minus(LIVE)));
        try (ResultSet r = s.executeQuery()) {
          r.next();
          if (r.getLong(2) == 0) return 0;
          through = r.getLong(1);
        }
      }
      return deleteThrough(c, index, "search_outbox", through);
    } catch (SQLException e) {
      LOG.warning("Pruning the search outbox failed (next run retries): " + e);
      return 0;
    }
  }

  /**
   * Deletes the rows of {@code table} (a feed numbered by {@code seq}) up to {@code through} in one
   * transaction, recording the horizon under {@code name} first: a copy reading it after the delete
   * rebuilds rather than skips. How many rows went.
   */
  static int deleteThrough(Connection c, String name, String table, long through)
      throws SQLException {
    c.setAutoCommit(false);
    try (PreparedStatement d = c.prepareStatement("DELETE FROM " + table + " WHERE seq <= ?")) {
      advanceHorizon(c, name, through);
      d.setLong(1, through);
      int n = d.executeUpdate();
      c.commit();
      return n;
    } catch (SQLException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(true);
    }
  }

  /**
   * Records that the rows of {@code index} up to {@code through} are gone, never moving the point
   * back; in the caller's transaction.
   */
  static void advanceHorizon(Connection c, String index, long through) throws SQLException {
    try (PreparedStatement u =
        c.prepareStatement(
            "UPDATE search_outbox_pruned SET pruned_through = ?, pruned_at = ? WHERE index_name = ? AND pruned_through < ?")) {
      u.setLong(1, through);
      u.setTimestamp(2, Timestamp.from(Instant.now()));
      u.setString(3, index);
      u.setLong(4, through);
      if (u.executeUpdate() > 0) return;
    }
    try (PreparedStatement i =
        c.prepareStatement(
            "INSERT INTO search_outbox_pruned (index_name, pruned_through, pruned_at) SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM search_outbox_pruned WHERE index_name = ?)")) {
      i.setString(1, index);
      i.setLong(2, through);
      i.setTimestamp(3, Timestamp.from(Instant.now()));
      i.setString(4, index);
      i.executeUpdate();
    }
  }
}
