package org.gongshi.remedy.entity;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;

/** A reconsideration or suit against a case's decision; its outcome is recorded when known. */
@Entity
@Table(name = "case_remedy")
@NamedQuery(
    name = CaseRemedy.BY_CASE,
    query = "SELECT r FROM CaseRemedy r WHERE r.caseId = :caseId ORDER BY r.filedOn, r.id")
public class CaseRemedy {
  public static final String BY_CASE = "CaseRemedy.byCase";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id")
  private long caseId;

  @Column(name = "agency_id")
  private long agencyId;

  @Enumerated(EnumType.STRING)
  private RemedyKind kind;

  @Column(name = "filed_on")
  private LocalDate filedOn;

  private String body;

  @Enumerated(EnumType.STRING)
  private RemedyOutcome outcome;

  @Column(name = "decided_on")
  private LocalDate decidedOn;

  private String note;

  @Column(name = "recorded_by")
  private String recordedBy;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  @Version private long version;

  protected CaseRemedy() {}

  public CaseRemedy(
      long caseId,
      long agencyId,
      RemedyKind kind,
      LocalDate filedOn,
      String body,
      String recordedBy,
      Instant recordedAt) {
    this.caseId = caseId;
    this.agencyId = agencyId;
    this.kind = kind;
    this.filedOn = filedOn;
    this.body = body;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
    this.outcome = RemedyOutcome.PENDING;
  }

  /** Records (or corrects) the outcome; PENDING clears the decision date. */
  public void conclude(RemedyOutcome outcome, LocalDate decidedOn, String note) {
    this.outcome = outcome;
    this.decidedOn = outcome == RemedyOutcome.PENDING ? null : decidedOn;
    if (note != null) this.note = note;
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

  public RemedyKind getKind() {
    return kind;
  }

  public LocalDate getFiledOn() {
    return filedOn;
  }

  public String getBody() {
    return body;
  }

  public RemedyOutcome getOutcome() {
    return outcome;
  }

  public LocalDate getDecidedOn() {
    return decidedOn;
  }

  public String getNote() {
    return note;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
