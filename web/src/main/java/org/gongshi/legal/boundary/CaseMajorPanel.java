package org.gongshi.legal.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongshi.legal.entity.MajorGround;
import org.gongshi.platform.DomainException;
import org.gongshi.platform.PageMessages;

/** The case page's panel: major or not and why, the rights windows, review, discussion, filing. */
@Named("caseMajor")
@RequestScoped
public class CaseMajorPanel {
  private static final Map<String, String> LABELS =
      Map.ofEntries(
          Map.entry("ground", "认定理由"),
          Map.entry("reason", "具体理由"),
          Map.entry("caseId", "案件"),
          Map.entry("documents", "备案材料"),
          Map.entry("proposedPenalty", "拟处罚内容"),
          Map.entry("day", "日期"),
          Map.entry("documentId", "书面材料"),
          Map.entry("notifiedOn", "听证通知日期"),
          Map.entry("heldOn", "举行日期"),
          Map.entry("recordDocumentId", "听证笔录"),
          Map.entry("participants", "参加人员"),
          Map.entry("conclusion", "讨论结论"),
          Map.entry("minutesDocumentId", "讨论记录"));

  @Inject MajorDecisions majors;
  @Inject Rights rights;
  @Inject LegalReviews reviews;
  @Inject Discussions discussions;
  @Inject Filings filings;

  /** Everything the panel shows, read once per request. */
  public record Panel(
      MajorDecisions.MajorView major,
      Rights.RightsView rights,
      List<LegalReviews.ReviewView> reviews,
      List<Discussions.DiscussionView> discussions,
      List<Filings.FilingView> filings,
      MajorDecisions.SettingsView settings) {}

  private final Map<Long, Panel> panels = new HashMap<>();
  private String ground = MajorGround.COMPLEX.name();
  private String reason;
  private String proposedPenalty;
  private String statementWaiverDay;
  private Long statementWaiverDocument;
  private String hearingWaiverDay;
  private Long hearingWaiverDocument;
  private String hearingRequestDay;
  private String hearingNotifiedOn;
  private String hearingHeldOn;
  private Long hearingRecordDocument;
  private String discussionHeldOn;
  private String participants;
  private String conclusion;
  private Long minutesDocument;

  public Panel of(long caseId) {
    return panels.computeIfAbsent(
        caseId,
        id -> {
          try {
            return new Panel(
                majors.view(id),
                rights.view(id),
                reviews.ofCase(id),
                discussions.ofCase(id),
                filings.ofCase(id),
                majors.settingsOfCase(id));
          } catch (DomainException e) {
            return null;
          }
        });
  }

  public String mark(long caseId) {
    return act(() -> majors.mark(caseId, new MajorDecisions.MarkInput(ground, reason)), "已标记为重大案件");
  }

  public String submitReview(long caseId) {
    return act(() -> reviews.submit(caseId), "已提交法制审核");
  }

  public String file(long caseId) {
    return act(() -> filings.file(caseId), "已报送备案");
  }

  public String recordNotice(long caseId) {
    return act(
        () -> rights.recordNotice(caseId, new Rights.NoticeInput(proposedPenalty)), "已记录拟处罚内容");
  }

  public String waiveStatement(long caseId) {
    return act(
        () ->
            rights.waiveStatement(
                caseId, new Rights.WaiverInput(statementWaiverDay, statementWaiverDocument)),
        "已登记当事人书面放弃陈述、申辩");
  }

  public String waiveHearing(long caseId) {
    return act(
        () ->
            rights.waiveHearing(
                caseId, new Rights.WaiverInput(hearingWaiverDay, hearingWaiverDocument)),
        "已登记当事人书面放弃听证");
  }

  public String requestHearing(long caseId) {
    return act(
        () -> rights.requestHearing(caseId, new Rights.HearingRequestInput(hearingRequestDay)),
        "已登记听证申请；请至少提前七日通知当事人举行听证的时间、地点");
  }

  public String holdHearing(long caseId) {
    return act(
        () ->
            rights.holdHearing(
                caseId,
                new Rights.HearingInput(hearingNotifiedOn, hearingHeldOn, hearingRecordDocument)),
        "已登记听证");
  }

  public String discuss(long caseId) {
    return act(
        () ->
            discussions.record(
                caseId,
                new Discussions.DiscussionInput(
                    discussionHeldOn, names(participants), conclusion, minutesDocument)),
        "已记录集体讨论");
  }

  /** Participants typed one a line, or separated by 、，, or ; blanks do not count. */
  static List<String> names(String text) {
    if (text == null) return List.of();
    return java.util.Arrays.stream(text.split("[\\n\\r、，,;；]+"))
        .map(String::strip)
        .filter(n -> !n.isEmpty())
        .toList();
  }

  private String act(Runnable r, String done) {
    FacesContext ctx = FacesContext.getCurrentInstance();
    try {
      r.run();
      panels.clear();
      ctx.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
    } catch (DomainException e) {
      ctx.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_ERROR, PageMessages.of(e, LABELS), null));
    }
    return null;
  }

  public MajorGround[] getGrounds() {
    return MajorGround.values();
  }

  public String getGround() {
    return ground;
  }

  public void setGround(String ground) {
    this.ground = ground;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getProposedPenalty() {
    return proposedPenalty;
  }

  public void setProposedPenalty(String proposedPenalty) {
    this.proposedPenalty = proposedPenalty;
  }

  public String getStatementWaiverDay() {
    return statementWaiverDay;
  }

  public void setStatementWaiverDay(String statementWaiverDay) {
    this.statementWaiverDay = statementWaiverDay;
  }

  public Long getStatementWaiverDocument() {
    return statementWaiverDocument;
  }

  public void setStatementWaiverDocument(Long statementWaiverDocument) {
    this.statementWaiverDocument = statementWaiverDocument;
  }

  public String getHearingWaiverDay() {
    return hearingWaiverDay;
  }

  public void setHearingWaiverDay(String hearingWaiverDay) {
    this.hearingWaiverDay = hearingWaiverDay;
  }

  public Long getHearingWaiverDocument() {
    return hearingWaiverDocument;
  }

  public void setHearingWaiverDocument(Long hearingWaiverDocument) {
    this.hearingWaiverDocument = hearingWaiverDocument;
  }

  public String getHearingRequestDay() {
    return hearingRequestDay;
  }

  public void setHearingRequestDay(String hearingRequestDay) {
    this.hearingRequestDay = hearingRequestDay;
  }

  public String getHearingNotifiedOn() {
    return hearingNotifiedOn;
  }

  public void setHearingNotifiedOn(String hearingNotifiedOn) {
    this.hearingNotifiedOn = hearingNotifiedOn;
  }

  public String getHearingHeldOn() {
    return hearingHeldOn;
  }

  public void setHearingHeldOn(String hearingHeldOn) {
    this.hearingHeldOn = hearingHeldOn;
  }

  public Long getHearingRecordDocument() {
    return hearingRecordDocument;
  }

  public void setHearingRecordDocument(Long hearingRecordDocument) {
    this.hearingRecordDocument = hearingRecordDocument;
  }

  public String getDiscussionHeldOn() {
    return discussionHeldOn;
  }

  public void setDiscussionHeldOn(String discussionHeldOn) {
    this.discussionHeldOn = discussionHeldOn;
  }

  public String getParticipants() {
    return participants;
  }

  public void setParticipants(String participants) {
    this.participants = participants;
  }

  public String getConclusion() {
    return conclusion;
  }

  public void setConclusion(String conclusion) {
    this.conclusion = conclusion;
  }

  public Long getMinutesDocument() {
    return minutesDocument;
  }

  public void setMinutesDocument(Long minutesDocument) {
    this.minutesDocument = minutesDocument;
  }
}
