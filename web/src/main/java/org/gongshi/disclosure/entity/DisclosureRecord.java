package org.gongshi.disclosure.entity;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The disclosure of one penalty decision and its legal deadline (decision date + 7 working days).
 */
@Entity
@Table(name = "disclosure_record")
@NamedQuery(
    name = DisclosureRecord.BY_CASE,
    query = "SELECT r FROM DisclosureRecord r WHERE r.caseId = :caseId")
public class DisclosureRecord {
  public static final String BY_CASE = "DisclosureRecord.byCase";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id")
  private long caseId;

  @Column(name = "agency_id")
  private long agencyId;

  @Column(name = "case_number")
  private String caseNumber;

  @Column(name = "decision_number")
  private String decisionNumber;

  @Column(name = "decided_on")
  private LocalDate decidedOn;

  private LocalDate deadline;

  @Enumerated(EnumType.STRING)
  private DisclosureStatus status;

  @Column(name = "not_published_reason")
  private String notPublishedReason;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "published_at")
  private Instant publishedAt;

  private String severity;

  @Column(name = "proposal_text")
  private String proposalText;

  /** A fingerprint of the agency's local redaction rules the proposal was drafted under. */
  @Column(name = "proposal_rules")
  private String proposalRules;

  /** JSON: the spans of the proposal with the officer's mask/unmask choices. */
  @Column(name = "proposal_spans")
  private String proposalSpans;

  @Column(name = "proposed_at")
  private Instant proposedAt;

  @Column(name = "approved_text")
  private String approvedText;

  @Column(name = "approved_by")
  private String approvedBy;

  @Column(name = "approved_at")
  private Instant approvedAt;

  /** The text generator version the approval was given for (null: before versions were kept). */
  @Column(name = "approved_generator")
  private Integer approvedGenerator;

  /** Why an earlier approval no longer holds (shown to the officer until approved again). */
  @Column(name = "reapproval_reason")
  private String reapprovalReason;

  @Column(name = "override_reason")
  private String overrideReason;

  @Column(name = "overridden_by")
  private String overriddenBy;

  @Column(name = "published_by")
  private String publishedBy;

  @Column(name = "change_kind")
  private String changeKind;

  @Column(name = "changed_on")
  private LocalDate changedOn;

  @Column(name = "withdrawal_deadline")
  private LocalDate withdrawalDeadline;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Version private long version;

  protected DisclosureRecord() {}

  public DisclosureRecord(long caseId, long agencyId, String caseNumber, Instant createdAt) {
    this.caseId = caseId;
    this.agencyId = agencyId;
    this.caseNumber = caseNumber;
    this.createdAt = createdAt;
  }

  /** (Re)states the decision: a corrected decision date moves the deadline. */
  public void decide(
      String decisionNumber, LocalDate decidedOn, LocalDate deadline, String notPublishedReason) {
    this.decisionNumber = decisionNumber;
    this.decidedOn = decidedOn;
    this.deadline = deadline;
    this.notPublishedReason = notPublishedReason;
    if (status == null
        || status == DisclosureStatus.PENDING
        || status == DisclosureStatus.NOT_FOR_PUBLICATION) {
      this.status =
          notPublishedReason == null || overrideReason != null
              ? DisclosureStatus.PENDING
              : DisclosureStatus.NOT_FOR_PUBLICATION;
    }
  }

  /**
   * A disclosure officer decides the decision is published after all (or withheld, Art. 50), with
   * the reason.
   */
  public void override(boolean publish, String reason, String by) {
    if (publish) {
      overrideReason = reason;
      status = DisclosureStatus.PENDING;
    } else {
      overrideReason = null;
      notPublishedReason = reason;
      status = DisclosureStatus.NOT_FOR_PUBLICATION;
    }
    overriddenBy = by;
  }

  /** A new or changed masking; any earlier approval no longer holds. */
  public void propose(String text, String spansJson, Instant at) {
    proposalText = text;
    proposalSpans = spansJson;
    proposedAt = at;
    approvedText = null;
    approvedBy = null;
    approvedAt = null;
  }

  public void approve(String text, String by, Instant at, int generator) {
    approvedText = text;
    approvedBy = by;
    approvedAt = at;
    approvedGenerator = generator;
    reapprovalReason = null;
  }

  /** Approved for another version of the text generator than {@code generator}. */
  public boolean approvalOutdated(int generator) {
    return approvedText != null && (approvedGenerator == null || approvedGenerator != generator);
  }

  /** The approval no longer holds: back to "needs approval", with the reason for the officer. */
  public void requireReapproval(String reason) {
    approvedText = null;
    approvedBy = null;
    approvedAt = null;
    approvedGenerator = null;
    reapprovalReason = reason;
  }

  public void published(String by, Instant at, String severity) {
    status = DisclosureStatus.PUBLISHED;
    publishedBy = by;
    publishedAt = at;
    this.severity = severity;
  }

  /** The decision was changed, revoked, confirmed illegal or void: withdraw by the deadline. */
  public void changed(String kind, LocalDate on, LocalDate withdrawBy) {
    changeKind = kind;
    changedOn = on;
    withdrawalDeadline = withdrawBy;
  }

  public void ended(DisclosureStatus to, Instant at) {
    status = to;
    endedAt = at;
  }

  /** Published after its deadline (null while unpublished or without a deadline). */
  public Boolean publishedLate(java.time.ZoneId zone) {
    if (publishedAt == null || deadline == null) return null;
    return publishedAt.atZone(zone).toLocalDate().isAfter(deadline);
  }

  public Long getId() {
    return id;
  }

  public long getCaseId() {
    return caseId;
  }

  public long getAgencyId() {
    return agencyId;
  }

  public String getCaseNumber() {
    return caseNumber;
  }

  public String getDecisionNumber() {
    return decisionNumber;
  }

  public LocalDate getDecidedOn() {
    return decidedOn;
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public DisclosureStatus getStatus() {
    return status;
  }

  public String getNotPublishedReason() {
    return notPublishedReason;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public String getSeverity() {
    return severity;
  }

  public String getProposalRules() {
    return proposalRules;
  }

  public void draftedUnder(String rules) {
    proposalRules = rules;
  }

  public String getProposalText() {
    return proposalText;
  }

  public String getProposalSpans() {
    return proposalSpans;
  }

  public Instant getProposedAt() {
    return proposedAt;
  }

  public String getApprovedText() {
    return approvedText;
  }

  public String getApprovedBy() {
    return approvedBy;
  }

  public Instant getApprovedAt() {
    return approvedAt;
  }

  public Integer getApprovedGenerator() {
    return approvedGenerator;
  }

  public String getReapprovalReason() {
    return reapprovalReason;
  }

  public String getOverrideReason() {
    return overrideReason;
  }

  public String getOverriddenBy() {
    return overriddenBy;
  }

  public String getPublishedBy() {
    return publishedBy;
  }

  public String getChangeKind() {
    return changeKind;
  }

  public LocalDate getChangedOn() {
    return changedOn;
  }

  public LocalDate getWithdrawalDeadline() {
    return withdrawalDeadline;
  }

  public Instant getEndedAt() {
    return endedAt;
  }
}
