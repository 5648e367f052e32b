package org.gongshi.archive.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.gongshi.archive.boundary.Views.FileView;
import org.gongshi.archive.entity.StoredFile;

/** Read access to stored files, through the same scope checks as their case. */
@ApplicationScoped
@Transactional
public class FileAccess {
  @Inject CaseService cases;
  @Inject Archive archive;

  public FileView view(long id) { return FileView.of(cases.file(id)); }

  public String text(long id) {
    StoredFile f = cases.file(id);
    return f.getExtractedText() == null ? "" : f.getExtractedText();
  }

  public InputStream open(long id) {
    try {
      return archive.store().open(cases.file(id).getSha256());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
