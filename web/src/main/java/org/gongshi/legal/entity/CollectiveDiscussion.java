package org.gongshi.legal.entity;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;

/** A collective discussion (集体讨论) of a case, its minutes a document of the case file. */
@Entity
@Table(name = "collective_discussion")
@NamedQuery(
    name = CollectiveDiscussion.BY_CASE,
    query = "SELECT d FROM CollectiveDiscussion d WHERE d.caseId = :caseId ORDER BY d.id")
public class CollectiveDiscussion {
  public static final String BY_CASE = "CollectiveDiscussion.byCase";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id")
  private long caseId;

  @Column(name = "held_on")
  private LocalDate heldOn;

  private String participants;

  @Column(name = "head_count")
  private int headCount;

  private String conclusion;

  @Column(name = "minutes_doc")
  private long minutesDoc;

  @Column(name = "recorded_by")
  private String recordedBy;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  protected CollectiveDiscussion() {}

  public CollectiveDiscussion(
      long caseId,
      LocalDate heldOn,
      String participants,
      int headCount,
      String conclusion,
      long minutesDoc,
      String recordedBy,
      Instant recordedAt) {
    this.caseId = caseId;
    this.heldOn = heldOn;
    this.participants = participants;
    this.headCount = headCount;
    this.conclusion = conclusion;
    this.minutesDoc = minutesDoc;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public Long getId() {
    return id;
  }

  public long getCaseId() {
    return caseId;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public String getParticipants() {
    return participants;
  }

  public int getHeadCount() {
    return headCount;
  }

  public String getConclusion() {
    return conclusion;
  }

  public long getMinutesDoc() {
    return minutesDoc;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
