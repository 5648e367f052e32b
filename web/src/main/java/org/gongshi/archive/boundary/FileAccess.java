package org.gongshi.archive.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.gongshi.archive.boundary.Views.FileView;
import org.gongshi.archive.entity.CaseDocument;
import org.gongshi.archive.entity.EnforcementCase;
import org.gongshi.archive.entity.StoredFile;
import org.gongshi.platform.store.ContentStore;
import org.gongshi.search.query.SearchExecutor;

/** Read access to stored files, through the same scope checks as their case. */
@ApplicationScoped
@Transactional
public class FileAccess {
  @Inject CaseService cases;
  @Inject ContentStore contentStore;
  @Inject ArchiveIndex index;

  public FileView view(long id) {
    return FileView.of(cases.file(id));
  }

  /** One file's extracted text, with the query's matches marked. */
  public record FileText(long fileId, String fileName, String html, int hits, boolean hasText) {}

  /** A document's extracted text for the text view: marks numbered hit-1… across its files. */
  public record DocumentText(
      long documentId,
      String title,
      String typeLabel,
      long caseId,
      String caseNumber,
      List<FileText> files,
      int hits) {}

  /** The text view of a case document, in the reader's agency scope (404 outside it). */
  public DocumentText documentText(long documentId, String query) {
    CaseDocument d = cases.document(documentId);
    List<FileText> files = new ArrayList<>();
    int next = 1;
    for (StoredFile f : d.getFiles()) {
      String text = f.getExtractedText();
      SearchExecutor.Marked m = index.markAll(query, text == null ? "" : text, next);
      next += m.count();
      files.add(
          new FileText(
              f.getId(), f.getFileName(), m.html(), m.count(), text != null && !text.isBlank()));
    }
    EnforcementCase c = d.getEnforcementCase();
    return new DocumentText(
        d.getId(),
        d.getTitle(),
        d.getType().label,
        c.getId(),
        c.getCaseNumber(),
        List.copyOf(files),
        next - 1);
  }

  public String text(long id) {
    StoredFile f = cases.file(id);
    return f.getExtractedText() == null ? "" : f.getExtractedText();
  }

  public InputStream open(long id) {
    try {
      return contentStore.open(cases.file(id).getSha256());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
