package org.gongshi.archive.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.gongshi.archive.control.ContentStore;
import org.gongshi.archive.entity.EnforcementCase;
import org.gongshi.archive.entity.SearchOutboxEntry;
import org.gongshi.platform.Settings;

/** Shared archive infrastructure: the content store and the search outbox. */
@ApplicationScoped
public class Archive {
  @Inject Settings settings;
  @PersistenceContext EntityManager em;
  private ContentStore store;

  @PostConstruct
  void init() {
    store = new ContentStore(settings.storeDir());
  }

  public ContentStore store() {
    return store;
  }

  /** Writes an outbox row in the caller's transaction: the indexer will (re)index the case. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void announce(EnforcementCase c) {
    em.persist(new SearchOutboxEntry("UPSERT", "case:" + c.getId(), Instant.now()));
  }
}
