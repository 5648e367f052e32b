package org.gongshi.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** Appends to and verifies the hash-chained audit trail (全过程记录, 可回溯, 禁删改). */
@ApplicationScoped
public class AuditTrail {
  @PersistenceContext EntityManager em;

  /** Appends in the caller's transaction, so the entry commits or rolls back with the change. */
  @Transactional(Transactional.TxType.MANDATORY)
  public AuditEvent append(
      String actor, String action, String entityType, Object entityId, Long caseId, String detail) {
    AuditHead head = em.find(AuditHead.class, 1, LockModeType.PESSIMISTIC_WRITE);
    long seq = head.getLastSeq() + 1;
    Instant at =
        Instant.now()
            .truncatedTo(java.time.temporal.ChronoUnit.MICROS); // the precision the database keeps
    String id = entityId == null ? null : entityId.toString();
    String d =
        detail == null ? null : detail.length() > 8000 ? detail.substring(0, 7999) + "…" : detail;
    String hash =
        AuditChain.hash(head.getLastHash(), seq, at, actor, action, entityType, id, caseId, d);
    AuditEvent e =
        new AuditEvent(seq, at, actor, action, entityType, id, caseId, d, head.getLastHash(), hash);
    em.persist(e);
    head.advance(seq, hash);
    return e;
  }

  /**
   * Appends in a transaction of its own: for refused attempts, whose own transaction rolls back.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void appendRefusal(
      String actor, String action, String entityType, Object entityId, Long caseId, String reason) {
    append(actor, action, entityType, entityId, caseId, reason);
  }

  /** The result of walking the chain. */
  public record ChainReport(
      boolean intact, long entries, Long firstBrokenSeq, String problem, long headSeq) {}

  @Transactional
  public ChainReport verify() {
    AuditHead head = em.find(AuditHead.class, 1);
    String prev = AuditChain.GENESIS;
    long expected = 1;
    long count = 0;
    int page = 2000;
    for (long after = 0; ; ) {
      List<AuditEvent> batch =
          em.createQuery(
                  "SELECT e FROM AuditEvent e WHERE e.seq > :after ORDER BY e.seq",
                  AuditEvent.class)
              .setParameter("after", after)
              .setMaxResults(page)
              .getResultList();
      for (AuditEvent e : batch) {
        if (e.getSeq() != expected) {
          return new ChainReport(
              false, count, expected, "第 " + expected + " 条记录缺失（已被删除）", head.getLastSeq());
        }
        if (!e.getPrevHash().equals(prev)) {
          return new ChainReport(
              false, count, e.getSeq(), "第 " + e.getSeq() + " 条记录的前序哈希与上一条不符", head.getLastSeq());
        }
        String h =
            AuditChain.hash(
                e.getPrevHash(),
                e.getSeq(),
                e.getOccurredAt(),
                e.getActor(),
                e.getAction(),
                e.getEntityType(),
                e.getEntityId(),
                e.getCaseId(),
                e.getDetail());
        if (!h.equals(e.getHash())) {
          return new ChainReport(
              false,
              count,
              e.getSeq(),
              "第 " + e.getSeq() + " 条记录的内容与其哈希不符（已被篡改）",
              head.getLastSeq());
        }
        prev = e.getHash();
        expected++;
        count++;
        after = e.getSeq();
        em.detach(e);
      }
      if (batch.size() < page) break;
    }
    if (head.getLastSeq() != count || !head.getLastHash().equals(prev)) {
      return new ChainReport(
          false,
          count,
          count + 1,
          "链尾记录缺失：应有 " + head.getLastSeq() + " 条，实有 " + count + " 条",
          head.getLastSeq());
    }
    return new ChainReport(true, count, null, null, head.getLastSeq());
  }

  public List<AuditEvent> forCase(long caseId) {
    return em.createNamedQuery(AuditEvent.BY_CASE, AuditEvent.class)
        .setParameter("caseId", caseId)
        .getResultList();
  }
}
