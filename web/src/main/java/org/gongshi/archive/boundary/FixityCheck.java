package org.gongshi.archive.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.gongshi.archive.entity.StoredFile;
import org.gongshi.platform.audit.AuditTrail;
import org.gongshi.platform.cluster.ClusterJobs;
import org.gongshi.platform.store.BlobReferences;
import org.gongshi.platform.store.ContentStore;

/**
 * Re-hashes every stored file nightly and reports the ones whose bytes no longer match; in a
 * cluster one node each night (the store is shared).
 */
@Singleton
public class FixityCheck {
  private static final Logger LOG = Logger.getLogger(FixityCheck.class.getName());

  @PersistenceContext EntityManager em;
  @Inject ContentStore contentStore;
  private static final java.time.Duration SETTLE = java.time.Duration.ofMinutes(15);

  @Inject AuditTrail audit;
  @Inject ClusterJobs jobs;
  @Inject @Any Instance<BlobReferences> references;

  public record Mismatch(long fileId, String fileName, String sha256, Long caseId) {}

  /** A stored blob that no current row names: listed for an administrator, never deleted. */
  public record Unreferenced(String sha256, long size, Instant storedAt) {}

  public record Report(int checked, List<Mismatch> mismatches, List<Unreferenced> unreferenced) {}

  @Schedule(hour = "2", minute = "15", persistent = false)
  void nightly() {
    if (!jobs.claim("fixity", ClusterJobs.period(java.time.temporal.ChronoUnit.DAYS))) return;
    Report r = run();
    LOG.info(
        "Fixity check: "
            + r.checked()
            + " files, "
            + r.mismatches().size()
            + " mismatches, "
            + r.unreferenced().size()
            + " unreferenced blobs");
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
    List<Unreferenced> loose = unreferenced();
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
                        bad.stream().map(m -> m.fileName() + "(#" + m.fileId() + ")").toList()))
            + (loose.isEmpty() ? "" : "；未被任何记录引用的存储文件 " + loose.size() + " 个"));
    return new Report(ids.size(), bad, loose);
  }

  /** Blobs in the store that no feature's rows name (read before the store is listed). */
  List<Unreferenced> unreferenced() {
    Set<String> named = new HashSet<>();
    for (BlobReferences r : references) named.addAll(r.referenced());
    List<Unreferenced> loose = new ArrayList<>();
    try {
      for (String sha : contentStore.names()) {
        if (named.contains(sha)) continue;
        Path p = contentStore.pathOf(sha);
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
        // bytes stored a moment ago may belong to a row not yet committed
        if (a.lastModifiedTime().toInstant().isAfter(Instant.now().minus(SETTLE))) continue;
        loose.add(new Unreferenced(sha, a.size(), a.lastModifiedTime().toInstant()));
      }
    } catch (IOException e) {
      LOG.warning("Fixity check could not list the store: " + e);
    }
    return loose;
  }
}
