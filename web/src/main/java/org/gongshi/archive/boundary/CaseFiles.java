package org.gongshi.archive.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import org.gongshi.archive.boundary.Inputs.DocumentInput;
import org.gongshi.archive.boundary.Views.DocumentView;
import org.gongshi.archive.boundary.Views.FileView;
import org.gongshi.archive.control.FileNames;
import org.gongshi.archive.entity.CaseDocument;
import org.gongshi.archive.entity.EnforcementCase;
import org.gongshi.archive.entity.SearchOutboxEntry;
import org.gongshi.archive.entity.StoredFile;
import org.gongshi.organisation.entity.AppUser;
import org.gongshi.platform.DomainException;
import org.gongshi.platform.Sizes;
import org.gongshi.platform.audit.AuditTrail;
import org.gongshi.platform.store.ContentStore;
import org.gongshi.search.extract.FileTypePolicy;
import org.gongshi.security.CurrentUser;

/**
 * The documents of a case file and their files: an upload is size-limited, typed from its bytes,
 * stored write-once, audited, and extracted after commit. A sealed case refuses every change.
 */
@ApplicationScoped
@Transactional
public class CaseFiles {
  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject AuditTrail audit;
  @Inject Archive archive;
  @Inject CaseService cases;
  @Inject ContentStore contentStore;
  @Inject TextExtraction extraction;
  @Inject Event<FileStored> fileStored;

  /** Fired after a file's bytes and row are committed, to start its text extraction. */
  public record FileStored(long fileId) {}

  public DocumentView addDocument(long caseId, DocumentInput in) {
    AppUser user = currentUser.require(CaseService.WRITERS);
    EnforcementCase c = cases.changeable(caseId, "ADD_DOCUMENT");
    String dateProblem =
        org.gongshi.platform.DatePolicy.pastProblem(
            in.documentDate(), org.gongshi.platform.DatePolicy.today());
    if (dateProblem != null) throw DomainException.invalid("documentDate", dateProblem);
    String title = in.title() == null || in.title().isBlank() ? in.type().label : in.title().trim();
    CaseDocument d = new CaseDocument(c, in.type(), title, user.getUsername(), Instant.now());
    d.dateDocument(in.documentDate());
    em.persist(d);
    em.flush();
    archive.announce(c); // a document without files yet is still searchable by its title
    audit.append(
        user.getUsername(),
        "ADD_DOCUMENT",
        "Document",
        d.getId(),
        c.getId(),
        in.type().label
            + "："
            + title
            + (in.documentDate() == null ? "（未填文书日期）" : "（文书日期 " + in.documentDate() + "）"));
    return DocumentView.of(d);
  }

  public void deleteDocument(long documentId) {
    AppUser user = currentUser.require(CaseService.WRITERS);
    CaseDocument d = cases.document(documentId);
    EnforcementCase c = cases.changeable(d.getEnforcementCase().getId(), "DELETE_DOCUMENT");
    if (!d.getFiles().isEmpty()) {
      throw DomainException.conflict("documentId", "该文书下仍有文件，请先删除文件");
    }
    em.remove(d);
    em.persist(new SearchOutboxEntry("DELETE", "doc:" + documentId, Instant.now()));
    audit.append(
        user.getUsername(),
        "DELETE_DOCUMENT",
        "Document",
        documentId,
        c.getId(),
        d.getType().label + "：" + d.getTitle());
  }

  /**
   * Stores an uploaded file: size-limited staging with SHA-256, type from the bytes against the
   * allow-list, then the write-once store. A refusal leaves neither bytes nor rows behind.
   */
  public FileView attachFile(long documentId, String fileName, InputStream content, long maxBytes) {
    AppUser user = currentUser.require(CaseService.WRITERS);
    CaseDocument d = cases.document(documentId);
    EnforcementCase c = cases.changeable(d.getEnforcementCase().getId(), "ATTACH_FILE");
    String name = FileNames.clean(fileName);
    try (ContentStore.Staged staged = contentStore.stage(content, maxBytes)) {
      if (staged.size() == 0) throw DomainException.invalid("file", "文件为空（0 字节）");
      FileTypePolicy.Decision decision = extraction.policy().check(staged.tempFile(), name);
      String type = decision.mediaType();
      if (!decision.allowed()) {
        throw DomainException.invalid(
            "file",
            "文件“"
                + name
                + "”的实际类型为 "
                + type
                + "（按文件内容识别，与扩展名无关），不在允许上传的类型内。允许："
                + TextExtraction.ALLOWED_LABEL);
      }
      boolean fresh = contentStore.admit(staged);
      StoredFile f =
          new StoredFile(
              d, name, staged.sha256(), staged.size(), type, user.getUsername(), Instant.now());
      em.persist(f);
      em.flush();
      audit.append(
          user.getUsername(),
          "ATTACH_FILE",
          "File",
          f.getId(),
          c.getId(),
          name
              + "（"
              + type
              + "，"
              + staged.size()
              + " 字节，SHA-256 "
              + staged.sha256()
              + (fresh ? "" : "，内容已存在，未重复存储")
              + "）");
      archive.announce(c);
      fileStored.fire(new FileStored(f.getId()));
      return FileView.of(f);
    } catch (ContentStore.TooLargeException e) {
      throw new DomainException(413, "file", Sizes.tooLarge(e.limit));
    } catch (ContentStore.StoreMissingException e) {
      java.util.logging.Logger.getLogger(CaseFiles.class.getName()).severe(e.getMessage());
      throw new DomainException(503, "file", "文件库当前不可用（存储目录未挂载或无法访问），本次上传未保存，案卷未作任何改动；请稍后重试或联系管理员");
    } catch (IOException e) {
      java.util.logging.Logger.getLogger(CaseFiles.class.getName())
          .log(java.util.logging.Level.SEVERE, "storing an upload failed", e);
      throw new DomainException(500, "file", "文件保存失败：无法写入文件库，请稍后重试或联系管理员");
    }
  }

  public void deleteFile(long fileId) {
    AppUser user = currentUser.require(CaseService.WRITERS);
    StoredFile f = cases.file(fileId);
    EnforcementCase c =
        cases.changeable(f.getDocument().getEnforcementCase().getId(), "DELETE_FILE");
    em.remove(f);
    audit.append(
        user.getUsername(),
        "DELETE_FILE",
        "File",
        fileId,
        c.getId(),
        f.getFileName() + "，SHA-256 " + f.getSha256());
    archive.announce(c);
  }
}
