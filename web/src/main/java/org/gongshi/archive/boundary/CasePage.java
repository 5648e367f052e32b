package org.gongshi.archive.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.gongshi.archive.boundary.Inputs.AnnotationInput;
import org.gongshi.archive.boundary.Inputs.DocumentInput;
import org.gongshi.archive.boundary.Inputs.MilestoneInput;
import org.gongshi.archive.boundary.Views.AuditEntryView;
import org.gongshi.archive.boundary.Views.CaseView;
import org.gongshi.archive.entity.DocumentType;
import org.gongshi.archive.entity.ExtractionStatus;
import org.gongshi.archive.entity.MilestoneKind;
import org.gongshi.platform.DomainException;
import org.gongshi.platform.Settings;

/** Backing bean of the case page: details, milestones, documents, upload, seal, audit. */
@Named
@ViewScoped
public class CasePage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient CaseService cases;
  @Inject transient CaseFiles files;
  @Inject transient Settings settings;
  @Inject transient org.gongshi.security.CurrentUser currentUser;

  private Long id;
  private transient CaseView view;
  private transient List<AuditEntryView> audit;
  private DocumentType newDocumentType;
  private String newDocumentTitle;
  private Long uploadDocumentId;
  private transient Object upload;
  private MilestoneKind milestoneKind;
  private LocalDate milestoneDay;
  private LocalDate newDocumentDate;
  private String decisionNumber;
  private String annotation;

  /** The irreversible step waiting for its confirmation ("close" or "seal"), if any. */
  private final org.gongshi.platform.Confirmation confirmation =
      new org.gongshi.platform.Confirmation();

  public CaseView getCase() {
    if (view == null && id != null) {
      try {
        view = cases.getCase(id);
      } catch (DomainException e) {
        error(e);
      }
    }
    return view;
  }

  /** A case that is missing or another agency's answers 404 (the page says so in Chinese). */
  public void check() {
    if (getCase() == null) {
      FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
    }
  }

  public List<AuditEntryView> getAudit() {
    if (audit == null && getCase() != null) audit = cases.auditOf(id);
    return audit;
  }

  public boolean isExtractionPending() {
    return getCase() != null
        && view.documents().stream()
            .flatMap(d -> d.files().stream())
            .anyMatch(f -> f.extractionStatus() == ExtractionStatus.PENDING);
  }

  public String addDocument() {
    return act(
        () ->
            files.addDocument(
                id, new DocumentInput(newDocumentType, newDocumentTitle, newDocumentDate)),
        "已添加文书");
  }

  /** Every file chosen in the row (one or several), each stored and audited on its own. */
  public String uploadFile() {
    List<Part> parts = parts(upload);
    if (parts.isEmpty()) {
      error(DomainException.invalid("file", "请选择要上传的文件"));
      return null;
    }
    for (Part p : parts) {
      if (p.getSize() > settings.uploadMaxBytes()) {
        error(
            new DomainException(
                413,
                "file",
                p.getSubmittedFileName()
                    + "："
                    + org.gongshi.platform.Sizes.tooLarge(settings.uploadMaxBytes())));
        return null;
      }
    }
    return act(
        () -> {
          for (Part p : parts) {
            try (InputStream in = p.getInputStream()) {
              files.attachFile(
                  uploadDocumentId, p.getSubmittedFileName(), in, settings.uploadMaxBytes());
            } catch (IOException e) {
              throw new DomainException(500, "file", "读取上传内容失败");
            } finally {
              try {
                p.delete();
              } catch (IOException ignored) {
                /* temp part */
              }
            }
          }
        },
        parts.size() == 1 ? "文件已上传，正在提取文字" : parts.size() + " 个文件已上传，正在提取文字");
  }

  /** A single-file input gives a Part, a multiple one a collection of them; empty parts dropped. */
  static List<Part> parts(Object value) {
    java.util.Collection<?> all =
        value instanceof java.util.Collection<?> c ? c : value == null ? List.of() : List.of(value);
    return all.stream()
        .filter(Part.class::isInstance)
        .map(Part.class::cast)
        .filter(p -> p.getSize() > 0)
        .toList();
  }

  public String recordMilestone() {
    String done =
        act(
            () ->
                cases.recordMilestone(
                    id, new MilestoneInput(milestoneKind, milestoneDay, decisionNumber)),
            "已记录节点：" + (milestoneKind == null ? "" : milestoneKind.label));
    if (done != null && milestoneKind == MilestoneKind.DECIDED) {
      String warning = cases.decisionWindowWarning(id);
      if (warning != null) {
        FacesContext.getCurrentInstance()
            .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, warning, null));
      }
    }
    return done;
  }

  /**
   * Whether the caller may change this case: a case officer (or administrator) of its agency, while
   * it is not sealed. Forms the services would refuse are not offered.
   */
  public boolean isMayEdit() {
    return getCase() != null
        && view.status() != org.gongshi.archive.entity.CaseStatus.SEALED
        && currentUser.hasAny(CaseService.WRITERS);
  }

  /** Whether the caller may add a correction note (also after sealing). */
  public boolean isMayAnnotate() {
    return getCase() != null && currentUser.hasAny(CaseService.WRITERS);
  }

  public String close() {
    if (!confirmation.confirmed("close")) return null;
    return act(() -> cases.closeCase(id), "已结案");
  }

  public String seal() {
    if (!confirmation.confirmed("seal")) return null;
    return act(() -> cases.sealCase(id), "案卷已归档封存");
  }

  public String cancelConfirmation() {
    confirmation.cancel();
    return null;
  }

  /** Whether a major-decision filing report exists for the case (DOMAIN.md §4). */
  public boolean isMajor() {
    return getCase() != null && cases.isMajor(id);
  }

  /** Whether the caller reviews publications (the 公示审核 link). */
  public boolean isMayPublish() {
    return currentUser.hasAny(
        org.gongshi.organisation.entity.Role.DISCLOSURE_OFFICER,
        org.gongshi.organisation.entity.Role.LEGAL_OFFICE,
        org.gongshi.organisation.entity.Role.ADMIN);
  }

  public String kindOf(String mediaType) {
    return org.gongshi.platform.MediaTypes.word(mediaType);
  }

  public String size(long bytes) {
    return org.gongshi.platform.MediaTypes.size(bytes);
  }

  /** A moment in China time, to the minute. */
  public String time(java.time.Instant at) {
    return at == null
        ? ""
        : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(org.gongshi.platform.Clocks.CHINA)
            .format(at);
  }

  /** A user's display name for a user name (audit trails keep the user name). */
  public String person(String username) {
    return cases.displayName(username);
  }

  public String getConfirming() {
    return confirmation.getPending();
  }

  public String annotate() {
    return act(() -> cases.annotate(id, new AnnotationInput(annotation)), "已添加更正批注");
  }

  private String act(Runnable action, String done) {
    try {
      action.run();
      FacesContext.getCurrentInstance()
          .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
      view = null;
      audit = null;
      annotation = null;
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "case?faces-redirect=true&includeViewParams=true";
    } catch (DomainException e) {
      error(e);
      return null;
    } catch (jakarta.validation.ConstraintViolationException e) {
      e.getConstraintViolations()
          .forEach(
              v ->
                  FacesContext.getCurrentInstance()
                      .addMessage(
                          null,
                          new FacesMessage(FacesMessage.SEVERITY_ERROR, v.getMessage(), null)));
      return null;
    }
  }

  private void error(DomainException e) {
    FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new FacesMessage(
                FacesMessage.SEVERITY_ERROR, org.gongshi.platform.PageMessages.of(e), null));
  }

  public DocumentType[] getDocumentTypes() {
    return DocumentType.values();
  }

  public MilestoneKind[] getMilestoneKinds() {
    return MilestoneKind.values();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public DocumentType getNewDocumentType() {
    return newDocumentType;
  }

  public void setNewDocumentType(DocumentType t) {
    this.newDocumentType = t;
  }

  public String getNewDocumentTitle() {
    return newDocumentTitle;
  }

  public void setNewDocumentTitle(String t) {
    this.newDocumentTitle = t;
  }

  public Long getUploadDocumentId() {
    return uploadDocumentId;
  }

  public void setUploadDocumentId(Long d) {
    this.uploadDocumentId = d;
  }

  public Object getUpload() {
    return upload;
  }

  public void setUpload(Object upload) {
    this.upload = upload;
  }

  public MilestoneKind getMilestoneKind() {
    return milestoneKind;
  }

  public void setMilestoneKind(MilestoneKind k) {
    this.milestoneKind = k;
  }

  public LocalDate getNewDocumentDate() {
    return newDocumentDate;
  }

  public void setNewDocumentDate(LocalDate d) {
    this.newDocumentDate = d;
  }

  public LocalDate getMilestoneDay() {
    return milestoneDay;
  }

  public void setMilestoneDay(LocalDate d) {
    this.milestoneDay = d;
  }

  public String getDecisionNumber() {
    return decisionNumber;
  }

  public void setDecisionNumber(String n) {
    this.decisionNumber = n;
  }

  public String getAnnotation() {
    return annotation;
  }

  public void setAnnotation(String a) {
    this.annotation = a;
  }
}
