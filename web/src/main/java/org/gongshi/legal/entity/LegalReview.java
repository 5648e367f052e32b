package org.gongshi.legal.entity;

import jakarta.persistence.*;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A legal review (法制审核) of a case before its decision, with the seven checks. */
@Entity
@Table(name = "legal_review")
@NamedQuery(
    name = LegalReview.BY_CASE,
    query = "SELECT r FROM LegalReview r WHERE r.caseId = :caseId ORDER BY r.id")
@NamedQuery(
    name = LegalReview.OPEN_BY_AGENCY,
    query =
        "SELECT r FROM LegalReview r WHERE r.status = org.gongshi.legal.entity.ReviewStatus.IN_REVIEW"
            + " AND (:agencyId IS NULL OR r.agencyId = :agencyId) ORDER BY r.dueOn, r.id")
public class LegalReview {
  public static final String BY_CASE = "LegalReview.byCase";
  public static final String OPEN_BY_AGENCY = "LegalReview.openByAgency";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id")
  private long caseId;

  @Column(name = "agency_id")
  private long agencyId;

  @Enumerated(EnumType.STRING)
  private ReviewStatus status;

  @Column(name = "submitted_on")
  private LocalDate submittedOn;

  @Column(name = "submitted_by")
  private String submittedBy;

  @Column(name = "due_on")
  private LocalDate dueOn;

  @Column(name = "extension_approved_by")
  private String extensionApprovedBy;

  private String reviewer;

  @Column(name = "concluded_on")
  private LocalDate concludedOn;

  private String opinion;

  @Version private long version;

  @ElementCollection
  @CollectionTable(name = "legal_review_check", joinColumns = @JoinColumn(name = "review_id"))
  @OrderBy("item")
  private List<ReviewCheck> checks = new ArrayList<>();

  protected LegalReview() {}

  public LegalReview(
      long caseId,
      long agencyId,
      LocalDate submittedOn,
      String submittedBy,
      LocalDate dueOn,
      List<ReviewCheck> checks) {
    this.caseId = caseId;
    this.agencyId = agencyId;
    this.submittedOn = submittedOn;
    this.submittedBy = submittedBy;
    this.dueOn = dueOn;
    this.status = ReviewStatus.IN_REVIEW;
    this.checks.addAll(checks);
  }

  public void extend(LocalDate newDue, String approvedBy) {
    this.dueOn = newDue;
    this.extensionApprovedBy = approvedBy;
  }

  public void conclude(ReviewStatus outcome, String reviewer, LocalDate on, String opinion) {
    this.status = outcome;
    this.reviewer = reviewer;
    this.concludedOn = on;
    this.opinion = opinion;
  }

  public ReviewCheck check(CheckItem item) {
    return checks.stream().filter(c -> c.getItem() == item).findFirst().orElseThrow();
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

  public ReviewStatus getStatus() {
    return status;
  }

  public LocalDate getSubmittedOn() {
    return submittedOn;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public String getExtensionApprovedBy() {
    return extensionApprovedBy;
  }

  public String getReviewer() {
    return reviewer;
  }

  public LocalDate getConcludedOn() {
    return concludedOn;
  }

  public String getOpinion() {
    return opinion;
  }

  public List<ReviewCheck> getChecks() {
    List<ReviewCheck> sorted = new ArrayList<>(checks);
    sorted.sort(java.util.Comparator.comparing(c -> c.getItem().ordinal()));
    return Collections.unmodifiableList(sorted);
  }
}
