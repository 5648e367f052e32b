package org.gongshi.archive.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.gongshi.archive.entity.EnforcementCase;
import org.gongshi.archive.entity.SearchOutboxEntry;

/** The search outbox: a case changed in this transaction is (re)indexed after it commits. */
@ApplicationScoped
public class Archive {
  @PersistenceContext EntityManager em;

  /** Writes an outbox row in the caller's transaction: the indexer will (re)index the case. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void announce(EnforcementCase c) {
    em.persist(new SearchOutboxEntry("UPSERT", "case:" + c.getId(), Instant.now()));
  }
}
