package org.gongshi.platform.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The public changes of every node, in the database: a row is written in the transaction that makes
 * the change, and each node reads the rows after its position to bring its own copies (the embedded
 * public index, cached power lists) up to date.
 */
@ApplicationScoped
public class ChangeFeed {
  /** A published decision was published, withdrawn, corrected or taken down; ref: its id. */
  public static final String PUBLICATION = "publication";

  /** An agency's power list changed; ref: the agency id. */
  public static final String CATALOG = "catalog";

  /** The name under which the pruning point is kept (search_outbox_pruned). */
  static final String PRUNED_NAME = "public-change";

  public record Change(long seq, String kind, long ref) {}

  @PersistenceContext EntityManager em;
  @Inject SearchReplicas replicas;

  @jakarta.annotation.Resource(lookup = "java:jboss/datasources/GongshiDS")
  DataSource dataSource;

  private static final Logger LOG = Logger.getLogger(ChangeFeed.class.getName());

  /** Records a change in the caller's transaction: it is seen by the others once that commits. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(String kind, long ref) {
    em.createNativeQuery("INSERT INTO public_change (kind, ref_id, changed_at) VALUES (?1, ?2, ?3)")
        .setParameter(1, kind)
        .setParameter(2, ref)
        .setParameter(3, OffsetDateTime.now(ZoneOffset.UTC))
        .executeUpdate();
  }

  /** The newest sequence (0 when none). */
  @Transactional
  public long head() {
    Object max = em.createNativeQuery("SELECT MAX(seq) FROM public_change").getSingleResult();
    return max == null ? 0 : ((Number) max).longValue();
  }

  /**
   * The changes after {@code seq}, and those of {@code holes}, oldest first, at most {@code max}.
   */
  @Transactional
  public List<Change> after(long seq, Collection<Long> holes, int max) {
    String sql =
        "SELECT seq, kind, ref_id FROM public_change WHERE seq > :after"
            + (holes.isEmpty() ? "" : " OR seq IN (:holes)")
            + " ORDER BY seq";
    var q = em.createNativeQuery(sql).setParameter("after", seq).setMaxResults(max);
    if (!holes.isEmpty()) q.setParameter("holes", List.copyOf(holes));
    @SuppressWarnings("unchecked")
    List<Object[]> rows = q.getResultList();
    return rows.stream()
        .map(
            r ->
                new Change(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue()))
        .toList();
  }

  /** The sequence the feed was pruned through: a copy behind it must be rebuilt (0 when never). */
  public long prunedThrough() {
    return replicas.prunedThrough(PRUNED_NAME);
  }

  /**
   * Deletes the changes older than {@code keep}, recording first how far (as the outbox pruning
   * does); how many.
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public int prune(Duration keep) {
    try (Connection c = dataSource.getConnection()) {
      long through;
      try (PreparedStatement s =
          c.prepareStatement("SELECT MAX(seq) FROM public_change WHERE changed_at < ?")) {
        s.setTimestamp(1, Timestamp.from(Instant.now().minus(keep)));
        try (ResultSet r = s.executeQuery()) {
          r.next();
          through = r.getLong(1);
          if (r.wasNull()) return 0;
        }
      }
      return SearchReplicas.deleteThrough(c, PRUNED_NAME, "public_change", through);
    } catch (SQLException e) {
      LOG.warning("Pruning the public changes failed (next run retries): " + e);
      return 0;
    }
  }
}
