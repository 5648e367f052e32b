package org.gongshi.archive.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gongshi.archive.entity.ExtractionStatus;
import org.gongshi.archive.entity.SearchOutboxEntry;
import org.gongshi.archive.entity.StoredFile;
import org.gongshi.platform.store.ContentStore;
import org.gongshi.search.extract.Extraction;
import org.gongshi.search.extract.FailureReason;

/**
 * Extracts text in the background after the upload commits. Any failure becomes a visible FAILED
 * status with its reason; the stored file is never touched.
 */
@ApplicationScoped
public class ExtractionService {
  private static final Logger LOG = Logger.getLogger(ExtractionService.class.getName());

  @Resource ManagedExecutorService executor;
  @PersistenceContext EntityManager em;
  @Inject ContentStore contentStore;
  @Inject ExtractionService self;
  @Inject TextExtraction extraction;

  void onStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) CaseFiles.FileStored event) {
    submit(event.fileId());
  }

  public void submit(long fileId) {
    executor.submit(
        () -> {
          try {
            self.extract(fileId);
          } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Extraction task failed for file " + fileId, e);
            // the file stays whole; it must not show 提取中 for ever and be re-queued at each start
            try {
              self.markFailed(fileId);
            } catch (RuntimeException again) {
              LOG.log(Level.WARNING, "Could not mark file " + fileId + " as failed", again);
            }
          }
        });
  }

  /** Re-queues what a restart interrupted. */
  public int resumePending() {
    List<Long> ids = em.createNamedQuery(StoredFile.PENDING, Long.class).getResultList();
    ids.forEach(this::submit);
    return ids.size();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void markFailed(long fileId) {
    StoredFile f = em.find(StoredFile.class, fileId);
    if (f == null || f.getExtractionStatus() != ExtractionStatus.PENDING) return;
    f.recordExtraction(
        ExtractionStatus.FAILED, FailureReason.CORRUPT.name(), "提取文字时出错，文件已完整保存", "");
    em.persist(new SearchOutboxEntry("UPSERT", "file:" + f.getId(), Instant.now()));
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void extract(long fileId) {
    StoredFile f = em.find(StoredFile.class, fileId);
    if (f == null || f.getExtractionStatus() != ExtractionStatus.PENDING) return;
    Extraction r;
    try {
      r = extraction.extractor().extract(contentStore.pathOf(f.getSha256()), f.getFileName());
    } catch (Exception e) {
      LOG.log(Level.WARNING, "Extraction failed for file " + fileId, e);
      r =
          new Extraction(
              Extraction.Status.FAILED,
              f.getMediaType(),
              "",
              FailureReason.CORRUPT,
              "读取文件失败",
              false,
              false);
    }
    f.recordExtraction(
        r.isDone() ? ExtractionStatus.DONE : ExtractionStatus.FAILED,
        r.reason() == null ? null : r.reason().name(),
        r.message(),
        r.text());
    em.persist(new SearchOutboxEntry("UPSERT", "file:" + f.getId(), Instant.now()));
  }
}
