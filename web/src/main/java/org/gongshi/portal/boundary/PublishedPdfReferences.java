package org.gongshi.portal.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.Set;
import org.gongshi.platform.store.BlobReferences;

/** The public copy's PDF of every published (or ended) decision. */
@ApplicationScoped
public class PublishedPdfReferences implements BlobReferences {
  @PersistenceContext EntityManager em;

  @Override
  public Set<String> referenced() {
    return new HashSet<>(
        em.createQuery(
                "SELECT DISTINCT d.pdfSha256 FROM PublishedDecision d WHERE d.pdfSha256 IS NOT NULL",
                String.class)
            .getResultList());
  }
}
