package org.gongshi.platform.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.gongshi.platform.Settings;

/** The one write-once content store of this server, at the configured directory. */
@ApplicationScoped
public class ContentStores {
  @Inject Settings settings;
  @jakarta.persistence.PersistenceContext jakarta.persistence.EntityManager em;

  @Produces
  @Singleton
  ContentStore contentStore() {
    return ContentStore.server(settings.storeDir(), filesRecorded());
  }

  /**
   * Whether the database names any stored file (then an empty store directory is not the store).
   */
  private boolean filesRecorded() {
    try {
      return !em.createNativeQuery("SELECT id FROM stored_file")
          .setMaxResults(1)
          .getResultList()
          .isEmpty();
    } catch (RuntimeException beforeMigration) {
      return false; // no schema yet: a new installation
    }
  }
}
