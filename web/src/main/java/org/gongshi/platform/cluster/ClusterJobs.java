package org.gongshi.platform.cluster;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A cluster-wide scheduled job runs once per period, whichever node's timer fires first: every node
 * keeps its own (non-persistent) EJB timer, and before working a node inserts the row (job, period)
 * into {@code job_run}; the primary key lets exactly one insert through, the others skip. The claim
 * commits on its own (outside the job's transaction), so a node that dies in the middle of a job
 * leaves that period done-or-half-done, never run twice: the jobs are idempotent and the next
 * period picks up what is left.
 *
 * <p>Why not WildFly's clustered persistent timers: they would need every job's timer in the
 * database timer store (or Infinispan's distributed timers) with its own refresh interval and a
 * node's timers moving on failover; a claim row is one statement on the database every node already
 * shares, works the same on a single node, and leaves a record (who ran what when) that an
 * administrator and the cluster test can read.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ClusterJobs {
  private static final Logger LOG = Logger.getLogger(ClusterJobs.class.getName());

  @Resource(lookup = "java:jboss/datasources/GongshiDS")
  DataSource dataSource;

  /** This node's name in the cluster (WildFly's jboss.node.name, the host name by default). */
  public static String node() {
    return System.getProperty("jboss.node.name", "node");
  }

  /**
   * The period a run of a job belongs to: the start of the minute, hour or day (UTC) it fires in.
   */
  public static String period(ChronoUnit unit) {
    return Instant.now().truncatedTo(unit).toString();
  }

  /** Forgets claims older than {@code age} (the every-minute job alone adds 1,440 a day). */
  public int forget(java.time.Duration age) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("DELETE FROM job_run WHERE started_at < ?")) {
      s.setTimestamp(1, Timestamp.from(Instant.now().minus(age)));
      return s.executeUpdate();
    } catch (SQLException e) {
      LOG.warning("Cannot forget old job runs: " + e);
      return 0;
    }
  }

  /**
   * The slot of a job that runs every {@code every} (a divisor of a day): its start, so that a
   * timer that fires late on one node (after a slow start) still claims the slot the others claim.
   */
  public static String period(java.time.Duration every) {
    long s = every.toSeconds();
    return Instant.ofEpochSecond(Instant.now().getEpochSecond() / s * s).toString();
  }

  /**
   * Claims the period for this node: true when this node is the one to run the job, false when
   * another node (or an earlier run of this one) already did, or the database cannot be reached.
   */
  public boolean claim(String job, String period) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO job_run (job, period, node, started_at) VALUES (?, ?, ?, ?)")) {
      s.setString(1, job);
      s.setString(2, period);
      s.setString(3, node());
      s.setTimestamp(4, Timestamp.from(Instant.now()));
      s.executeUpdate();
      return true;
    } catch (SQLException e) {
      if (e.getSQLState() != null && e.getSQLState().startsWith("23")) return false; // taken
      LOG.warning("Job " + job + " not run for " + period + ": cannot claim it (" + e + ")");
      return false;
    }
  }
}
