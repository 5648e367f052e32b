package org.gongshi.legal.entity;

import jakarta.persistence.*;
import java.time.Instant;

/** An officer's marking of a case as major on an Art. 58 ground, with the reason; never removed. */
@Entity
@Table(name = "major_mark")
@NamedQuery(
    name = MajorMark.BY_CASE,
    query = "SELECT m FROM MajorMark m WHERE m.caseId = :caseId ORDER BY m.id")
public class MajorMark {
  public static final String BY_CASE = "MajorMark.byCase";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id")
  private long caseId;

  @Enumerated(EnumType.STRING)
  private MajorGround ground;

  private String reason;

  @Column(name = "marked_by")
  private String markedBy;

  @Column(name = "marked_at")
  private Instant markedAt;

  protected MajorMark() {}

  public MajorMark(long caseId, MajorGround ground, String reason, String by, Instant at) {
    this.caseId = caseId;
    this.ground = ground;
    this.reason = reason;
    this.markedBy = by;
    this.markedAt = at;
  }

  public Long getId() {
    return id;
  }

  public long getCaseId() {
    return caseId;
  }

  public MajorGround getGround() {
    return ground;
  }

  public String getReason() {
    return reason;
  }

  public String getMarkedBy() {
    return markedBy;
  }

  public Instant getMarkedAt() {
    return markedAt;
  }
}
