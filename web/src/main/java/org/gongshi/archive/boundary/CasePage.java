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

  private Long id;
  private transient CaseView view;
  private transient List<AuditEntryView> audit;
  private DocumentType newDocumentType;
  private String newDocumentTitle;
  private Long uploadDocumentId;
  private transient Part upload;
  private MilestoneKind milestoneKind;
  private LocalDate milestoneDay;
  private LocalDate newDocumentDate;
  private String decisionNumber;
  private String annotation;

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

  public String uploadFile() {
    if (upload == null || upload.getSize() == 0) {
      error(DomainException.invalid("file", "请选择要上传的文件"));
      return null;
    }
    if (upload.getSize() > settings.uploadMaxBytes()) {
      error(
          new DomainException(
              413, "file", org.gongshi.platform.Sizes.tooLarge(settings.uploadMaxBytes())));
      return null;
    }
    return act(
        () -> {
          try (InputStream in = upload.getInputStream()) {
            files.attachFile(
                uploadDocumentId, upload.getSubmittedFileName(), in, settings.uploadMaxBytes());
          } catch (IOException e) {
            throw new DomainException(500, "file", "读取上传内容失败");
          } finally {
            try {
              upload.delete();
            } catch (IOException ignored) {
              /* temp part */
            }
          }
        },
        "文件已上传，正在提取文字");
  }

  public String recordMilestone() {
    return act(
        () ->
            cases.recordMilestone(
                id, new MilestoneInput(milestoneKind, milestoneDay, decisionNumber)),
        "已记录节点");
  }

  public String close() {
    return act(() -> cases.closeCase(id), "已结案");
  }

  public String seal() {
    return act(() -> cases.sealCase(id), "案卷已归档封存");
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

  public Part getUpload() {
    return upload;
  }

  public void setUpload(Part upload) {
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
