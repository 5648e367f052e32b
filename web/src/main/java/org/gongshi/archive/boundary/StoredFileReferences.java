package org.gongshi.archive.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.Set;
import org.gongshi.platform.store.BlobReferences;

/** The bytes of every case file. */
@ApplicationScoped
public class StoredFileReferences implements BlobReferences {
  @PersistenceContext EntityManager em;

  @Override
  public Set<String> referenced() {
    return new HashSet<>(
        em.createQuery("SELECT DISTINCT f.sha256 FROM StoredFile f", String.class).getResultList());
  }
}
