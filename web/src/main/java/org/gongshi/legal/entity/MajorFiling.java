package org.gongshi.legal.entity;

import jakarta.persistence.*;
import java.time.LocalDate;

/**
 * A filing (备案) of a major decision with the legal office: its materials are the case file's
 * documents (named, not copied), examined within the office's time limit.
 */
@Entity
@Table(name = "major_filing")
@NamedQuery(
    name = MajorFiling.BY_CASE,
    query = "SELECT f FROM MajorFiling f WHERE f.caseId = :caseId ORDER BY f.id")
@NamedQuery(
    name = MajorFiling.BY_AGENCIES,
    query = "SELECT f FROM MajorFiling f WHERE f.agencyId IN :agencyIds ORDER BY f.filedOn, f.id")
public class MajorFiling {
  public static final String BY_CASE = "MajorFiling.byCase";
  public static final String BY_AGENCIES = "MajorFiling.byAgencies";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id")
  private long caseId;

  @Column(name = "agency_id")
  private long agencyId;

  @Column(name = "decided_on")
  private LocalDate decidedOn;

  @Column(name = "due_on")
  private LocalDate dueOn;

  @Column(name = "filed_on")
  private LocalDate filedOn;

  @Column(name = "filed_by")
  private String filedBy;

  private String materials;

  @Enumerated(EnumType.STRING)
  private FilingStatus status;

  @Column(name = "examine_due_on")
  private LocalDate examineDueOn;

  @Column(name = "examined_on")
  private LocalDate examinedOn;

  private String examiner;
  private String reasons;
  private String answer;

  @Column(name = "answered_on")
  private LocalDate answeredOn;

  @Version private long version;

  protected MajorFiling() {}

  public MajorFiling(
      long caseId,
      long agencyId,
      LocalDate decidedOn,
      LocalDate dueOn,
      LocalDate filedOn,
      String filedBy,
      String materials,
      LocalDate examineDueOn) {
    this.caseId = caseId;
    this.agencyId = agencyId;
    this.decidedOn = decidedOn;
    this.dueOn = dueOn;
    this.filedOn = filedOn;
    this.filedBy = filedBy;
    this.materials = materials;
    this.examineDueOn = examineDueOn;
    this.status = FilingStatus.SUBMITTED;
  }

  public void examine(FilingStatus result, String examiner, LocalDate on, String reasons) {
    this.status = result;
    this.examiner = examiner;
    this.examinedOn = on;
    this.reasons = reasons;
  }

  /** The agency's answer to corrections: the filing waits for examination again. */
  public void answer(String answer, LocalDate on, LocalDate examineDueOn) {
    this.answer = answer;
    this.answeredOn = on;
    this.examineDueOn = examineDueOn;
    this.status = FilingStatus.SUBMITTED;
  }

  public boolean isLate() {
    return filedOn.isAfter(dueOn);
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

  public LocalDate getDecidedOn() {
    return decidedOn;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public LocalDate getFiledOn() {
    return filedOn;
  }

  public String getFiledBy() {
    return filedBy;
  }

  public String getMaterials() {
    return materials;
  }

  public FilingStatus getStatus() {
    return status;
  }

  public LocalDate getExamineDueOn() {
    return examineDueOn;
  }

  public LocalDate getExaminedOn() {
    return examinedOn;
  }

  public String getExaminer() {
    return examiner;
  }

  public String getReasons() {
    return reasons;
  }

  public String getAnswer() {
    return answer;
  }

  public LocalDate getAnsweredOn() {
    return answeredOn;
  }
}
