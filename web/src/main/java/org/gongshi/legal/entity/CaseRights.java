package org.gongshi.legal.entity;

import jakarta.persistence.*;
import java.time.LocalDate;

/**
 * The party's rights before a decision: the penalty the advance notice proposed, written waivers of
 * the statement period and of a hearing, and a hearing when one was requested (documents are the
 * case file's own, by id).
 */
@Entity
@Table(name = "case_rights")
public class CaseRights {
  @Id
  @Column(name = "case_id")
  private Long caseId;

  @Column(name = "proposed_penalty")
  private String proposedPenalty;

  @Column(name = "statement_waived_on")
  private LocalDate statementWaivedOn;

  @Column(name = "statement_waiver_doc")
  private Long statementWaiverDoc;

  @Column(name = "hearing_waived_on")
  private LocalDate hearingWaivedOn;

  @Column(name = "hearing_waiver_doc")
  private Long hearingWaiverDoc;

  @Column(name = "hearing_requested_on")
  private LocalDate hearingRequestedOn;

  @Column(name = "hearing_notified_on")
  private LocalDate hearingNotifiedOn;

  @Column(name = "hearing_on")
  private LocalDate hearingOn;

  @Column(name = "hearing_record_doc")
  private Long hearingRecordDoc;

  @Version private long version;

  protected CaseRights() {}

  public CaseRights(long caseId) {
    this.caseId = caseId;
  }

  public void propose(String penalty) {
    this.proposedPenalty = penalty;
  }

  public void waiveStatement(LocalDate on, long doc) {
    this.statementWaivedOn = on;
    this.statementWaiverDoc = doc;
  }

  public void waiveHearing(LocalDate on, long doc) {
    this.hearingWaivedOn = on;
    this.hearingWaiverDoc = doc;
  }

  public void requestHearing(LocalDate on) {
    this.hearingRequestedOn = on;
  }

  public void holdHearing(LocalDate notifiedOn, LocalDate on, Long recordDoc) {
    this.hearingNotifiedOn = notifiedOn;
    this.hearingOn = on;
    this.hearingRecordDoc = recordDoc;
  }

  public Long getCaseId() {
    return caseId;
  }

  public String getProposedPenalty() {
    return proposedPenalty;
  }

  public LocalDate getStatementWaivedOn() {
    return statementWaivedOn;
  }

  public Long getStatementWaiverDoc() {
    return statementWaiverDoc;
  }

  public LocalDate getHearingWaivedOn() {
    return hearingWaivedOn;
  }

  public Long getHearingWaiverDoc() {
    return hearingWaiverDoc;
  }

  public LocalDate getHearingRequestedOn() {
    return hearingRequestedOn;
  }

  public LocalDate getHearingNotifiedOn() {
    return hearingNotifiedOn;
  }

  public LocalDate getHearingOn() {
    return hearingOn;
  }

  public Long getHearingRecordDoc() {
    return hearingRecordDoc;
  }
}
