package org.gongshi.disclosure.entity;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;

/** The disclosure of one penalty decision and its legal deadline (decision date + 7 working days). */
@Entity
@Table(name = "disclosure_record")
@NamedQuery(name = DisclosureRecord.BY_CASE, query = "SELECT r FROM DisclosureRecord r WHERE r.caseId = :caseId")
public class DisclosureRecord {
  public static final String BY_CASE = "DisclosureRecord.byCase";

  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  @Column(name = "case_id") private long caseId;
  @Column(name = "agency_id") private long agencyId;
  @Column(name = "case_number") private String caseNumber;
  @Column(name = "decision_number") private String decisionNumber;
  @Column(name = "decided_on") private LocalDate decidedOn;
  private LocalDate deadline;
  @Enumerated(EnumType.STRING) private DisclosureStatus status;
  @Column(name = "not_published_reason") private String notPublishedReason;
  @Column(name = "created_at") private Instant createdAt;
  @Column(name = "published_at") private Instant publishedAt;
  @Version private long version;

  protected DisclosureRecord() {}

  public DisclosureRecord(long caseId, long agencyId, String caseNumber, Instant createdAt) {
    this.caseId = caseId; this.agencyId = agencyId; this.caseNumber = caseNumber; this.createdAt = createdAt;
  }

  /** (Re)states the decision: a corrected decision date moves the deadline. */
  public void decide(String decisionNumber, LocalDate decidedOn, LocalDate deadline, String notPublishedReason) {
    this.decisionNumber = decisionNumber; this.decidedOn = decidedOn; this.deadline = deadline;
    this.notPublishedReason = notPublishedReason;
    if (status == null || status == DisclosureStatus.PENDING || status == DisclosureStatus.NOT_FOR_PUBLICATION) {
      this.status = notPublishedReason == null ? DisclosureStatus.PENDING : DisclosureStatus.NOT_FOR_PUBLICATION;
    }
  }

  public Long getId() { return id; }
  public long getCaseId() { return caseId; }
  public long getAgencyId() { return agencyId; }
  public String getCaseNumber() { return caseNumber; }
  public String getDecisionNumber() { return decisionNumber; }
  public LocalDate getDecidedOn() { return decidedOn; }
  public LocalDate getDeadline() { return deadline; }
  public DisclosureStatus getStatus() { return status; }
  public String getNotPublishedReason() { return notPublishedReason; }
  public Instant getCreatedAt() { return createdAt; }
  public Instant getPublishedAt() { return publishedAt; }
}
