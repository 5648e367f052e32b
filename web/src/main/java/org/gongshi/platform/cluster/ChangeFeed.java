package org.gongshi.platform.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

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
  @Transactional
  public long prunedThrough() {
    List<?> r =
        em.createNativeQuery(
                "SELECT pruned_through FROM search_outbox_pruned WHERE index_name = ?1")
            .setParameter(1, PRUNED_NAME)
            .getResultList();
    return r.isEmpty() ? 0 : ((Number) r.get(0)).longValue();
  }

  /** Deletes the changes older than {@code keep}, keeping where it pruned through; how many. */
  @Transactional
  public int prune(Duration keep) {
    OffsetDateTime before = OffsetDateTime.ofInstant(Instant.now().minus(keep), ZoneOffset.UTC);
    Object through =
        em.createNativeQuery("SELECT MAX(seq) FROM public_change WHERE changed_at < ?1")
            .setParameter(1, before)
            .getSingleResult();
    if (through == null) return 0;
    long last = ((Number) through).longValue();
    int n =
        em.createNativeQuery("DELETE FROM public_change WHERE seq <= ?1")
            .setParameter(1, last)
            .executeUpdate();
    int updated =
        em.createNativeQuery(
                "UPDATE search_outbox_pruned SET pruned_through = ?1, pruned_at = ?2 WHERE index_name = ?3")
            .setParameter(1, last)
            .setParameter(2, OffsetDateTime.now(ZoneOffset.UTC))
            .setParameter(3, PRUNED_NAME)
            .executeUpdate();
    if (updated == 0)
      em.createNativeQuery(
              "INSERT INTO search_outbox_pruned (index_name, pruned_through, pruned_at) VALUES (?1, ?2, ?3)")
          .setParameter(1, PRUNED_NAME)
          .setParameter(2, last)
          .setParameter(3, OffsetDateTime.now(ZoneOffset.UTC))
          .executeUpdate();
    return n;
  }
}
