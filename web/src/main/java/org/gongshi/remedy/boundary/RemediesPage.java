package org.gongshi.remedy.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.gongshi.platform.DomainException;
import org.gongshi.remedy.entity.RemedyKind;
import org.gongshi.remedy.entity.RemedyOutcome;

/** A case's reconsiderations and suits: list, record one, record an outcome. */
@Named
@ViewScoped
public class RemediesPage implements Serializable {
  private static final java.util.Map<String, String> LABELS =
      java.util.Map.of("filedOn", "申请（起诉）日期", "decidedOn", "决定（裁判）日期", "caseId", "案件");

  private static final long serialVersionUID = 1L;

  @Inject transient Remedies remedies;

  private Long caseId;
  private List<Remedies.RemedyView> list;
  private String error;
  private String kind = RemedyKind.RECONSIDERATION.name();
  private String filedOn;
  private String body;
  private String outcome = RemedyOutcome.PENDING.name();
  private String decidedOn;
  private String note;
  private Long remedyId;

  public List<Remedies.RemedyView> getList() {
    if (list == null && error == null && caseId != null) {
      try {
        list = remedies.list(caseId);
      } catch (DomainException e) {
        error = e.getMessage();
      }
    }
    return list;
  }

  public String record() {
    if (act(
        () ->
            remedies.record(
                caseId, new Remedies.RemedyInput(kind, filedOn, body, outcome, decidedOn, note)),
        "已登记")) {
      filedOn = null;
      body = null;
      decidedOn = null;
      note = null; // a second click records nothing twice
    }
    return null;
  }

  public String conclude() {
    act(
        () ->
            remedies.conclude(
                caseId,
                remedyId == null ? 0 : remedyId,
                new Remedies.OutcomeInput(outcome, decidedOn, note)),
        "已登记结果");
    return null;
  }

  private boolean act(Runnable r, String done) {
    FacesContext ctx = FacesContext.getCurrentInstance();
    try {
      r.run();
      list = null;
      ctx.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
      return true;
    } catch (DomainException e) {
      ctx.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR, org.gongshi.platform.PageMessages.of(e, LABELS), null));
      return false;
    }
  }

  public RemedyKind[] getKinds() {
    return RemedyKind.values();
  }

  public RemedyOutcome[] getOutcomes() {
    return RemedyOutcome.values();
  }

  public String getError() {
    getList();
    return error;
  }

  public Long getCaseId() {
    return caseId;
  }

  public void setCaseId(Long caseId) {
    this.caseId = caseId;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getFiledOn() {
    return filedOn;
  }

  public void setFiledOn(String filedOn) {
    this.filedOn = filedOn;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public String getDecidedOn() {
    return decidedOn;
  }

  public void setDecidedOn(String decidedOn) {
    this.decidedOn = decidedOn;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public Long getRemedyId() {
    return remedyId;
  }

  public void setRemedyId(Long remedyId) {
    this.remedyId = remedyId;
  }
}
