package org.gongshi.archive.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.gongshi.archive.entity.StoredFile;
import org.gongshi.platform.audit.AuditTrail;
import org.gongshi.platform.store.ContentStore;

/** Re-hashes every stored file nightly and reports the ones whose bytes no longer match. */
@Singleton
public class FixityCheck {
  private static final Logger LOG = Logger.getLogger(FixityCheck.class.getName());

  @PersistenceContext EntityManager em;
  @Inject ContentStore contentStore;
  @Inject AuditTrail audit;

  public record Mismatch(long fileId, String fileName, String sha256, Long caseId) {}

  public record Report(int checked, List<Mismatch> mismatches) {}

  @Schedule(hour = "2", minute = "15", persistent = false)
  void nightly() {
    Report r = run();
    LOG.info("Fixity check: " + r.checked() + " files, " + r.mismatches().size() + " mismatches");
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public Report run() {
    List<Long> ids = em.createNamedQuery(StoredFile.ALL_IDS, Long.class).getResultList();
    List<Mismatch> bad = new ArrayList<>();
    for (Long id : ids) {
      StoredFile f = em.find(StoredFile.class, id);
      boolean ok = contentStore.verify(f.getSha256());
      f.recordFixity(ok, Instant.now());
      if (!ok) {
        Long caseId = f.getDocument().getEnforcementCase().getId();
        bad.add(new Mismatch(f.getId(), f.getFileName(), f.getSha256(), caseId));
      }
    }
    audit.append(
        "system",
        "FIXITY_CHECK",
        "Archive",
        null,
        null,
        "校验文件 "
            + ids.size()
            + " 个，不符 "
            + bad.size()
            + " 个"
            + (bad.isEmpty()
                ? ""
                : "："
                    + String.join(
                        "、",
                        bad.stream().map(m -> m.fileName() + "(#" + m.fileId() + ")").toList())));
    return new Report(ids.size(), bad);
  }
}
