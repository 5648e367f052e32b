package org.gongshi.disclosure.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.gongshi.platform.DomainException;

/**
 * The disclosure officer's review of one decision: original and public text side by side, masks,
 * approval, publication.
 */
@Named
@ViewScoped
public class PublicationPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Publications publications;

  private Long caseId;
  private transient ProposalViews.ProposalView view;
  private final Map<Integer, Boolean> masked = new HashMap<>();
  private String maskText;
  private String reason;
  private String liftReason;
  private String changeKind;
  private String changedOn;
  private String note;
  private String notice;

  public ProposalViews.ProposalView getView() {
    if (view == null && caseId != null) {
      try {
        show(publications.proposal(caseId));
      } catch (DomainException e) {
        error(e);
      }
    }
    return view;
  }

  private void show(ProposalViews.ProposalView v) {
    view = v;
    masked.clear();
    v.spans().forEach(s -> masked.put(s.id(), s.masked()));
  }

  public String save() {
    return act(
        () ->
            publications.mask(caseId, new Publications.MaskInput(unmasked(), maskText, liftReason)),
        "遮盖已保存，请核对公示文本后批准");
  }

  public String approve() {
    return act(
        () -> {
          publications.mask(caseId, new Publications.MaskInput(unmasked(), maskText, liftReason));
          return publications.approve(caseId);
        },
        "公示文本已批准");
  }

  public String publish() {
    return act(() -> publications.publish(caseId), "已公示，公众门户可查阅");
  }

  public String overridePublish() {
    return act(
        () -> publications.override(caseId, new Publications.OverrideInput(true, reason)), "已改为公示");
  }

  private final org.gongshi.platform.Confirmation confirmation =
      new org.gongshi.platform.Confirmation();

  /** The irreversible step waiting for its confirmation ("withhold" or "withdraw"), if any. */
  public String getConfirming() {
    return confirmation.getPending();
  }

  public String cancelConfirmation() {
    confirmation.cancel();
    return null;
  }

  public String withhold() {
    if (!confirmation.confirmed("withhold")) return null;
    return act(
        () -> publications.override(caseId, new Publications.OverrideInput(false, reason)),
        "已标记为不予公示");
  }

  public String recordChange() {
    return act(
        () ->
            publications.recordChange(
                caseId, new Publications.ChangeInput(changeKind, changedOn, note)),
        "已记录决定变更，请在期限内撤回公示");
  }

  public String withdraw() {
    if (!confirmation.confirmed("withdraw")) return null;
    return act(
        () -> publications.withdraw(caseId, new Publications.NoticeInput(notice)),
        "已撤回公示，门户显示撤回说明");
  }

  public String creditRepair() {
    return act(
        () -> publications.creditRepair(caseId, new Publications.NoticeInput(notice)),
        "已因信用修复停止公示");
  }

  private List<Integer> unmasked() {
    return masked.entrySet().stream()
        .filter(e -> !Boolean.TRUE.equals(e.getValue()))
        .map(Map.Entry::getKey)
        .toList();
  }

  private String act(Supplier<ProposalViews.ProposalView> action, String done) {
    try {
      show(action.get());
      maskText = null;
      reason = null;
      notice = null;
      note = null;
      FacesContext.getCurrentInstance()
          .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
    } catch (DomainException e) {
      error(e);
      view = null;
    }
    return null;
  }

  private void error(DomainException e) {
    FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new FacesMessage(
                FacesMessage.SEVERITY_ERROR, org.gongshi.platform.PageMessages.of(e), null));
  }

  public Publications.ChangeKind[] getChangeKinds() {
    return Publications.ChangeKind.values();
  }

  public Long getCaseId() {
    return caseId;
  }

  public void setCaseId(Long caseId) {
    this.caseId = caseId;
  }

  public Map<Integer, Boolean> getMasked() {
    return masked;
  }

  public String getMaskText() {
    return maskText;
  }

  public void setMaskText(String maskText) {
    this.maskText = maskText;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getChangeKind() {
    return changeKind;
  }

  public void setChangeKind(String changeKind) {
    this.changeKind = changeKind;
  }

  public String getChangedOn() {
    return changedOn;
  }

  public void setChangedOn(String changedOn) {
    this.changedOn = changedOn;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getNotice() {
    return notice;
  }

  public void setNotice(String notice) {
    this.notice = notice;
  }

  public String getLiftReason() {
    return liftReason;
  }

  public void setLiftReason(String liftReason) {
    this.liftReason = liftReason;
  }
}
