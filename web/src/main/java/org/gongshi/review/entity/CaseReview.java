package org.gongshi.review.entity;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A scored review (案卷评查) of one closed or sealed case file; written once, never edited. */
@Entity
@Table(name = "case_review")
@NamedQuery(
    name = CaseReview.BY_CASE,
    query = "SELECT r FROM CaseReview r WHERE r.caseId = :caseId ORDER BY r.id")
public class CaseReview {
  public static final String BY_CASE = "CaseReview.byCase";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id")
  private long caseId;

  @Column(name = "agency_id")
  private long agencyId;

  @Column(name = "sample_id")
  private Long sampleId;

  private String campaign;
  private String reviewer;

  @Column(name = "reviewer_name")
  private String reviewerName;

  @Column(name = "reviewed_on")
  private LocalDate reviewedOn;

  @Column(name = "max_total")
  private BigDecimal maxTotal;

  private BigDecimal total;
  private String grade;

  @Column(name = "excellent_from")
  private BigDecimal excellentFrom;

  @Column(name = "pass_from")
  private BigDecimal passFrom;

  @Column(name = "created_at")
  private Instant createdAt;

  @Version private long version;

  @ElementCollection
  @CollectionTable(name = "case_review_item", joinColumns = @JoinColumn(name = "review_id"))
  @OrderColumn(name = "position")
  private List<ReviewScore> items = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "case_review_veto", joinColumns = @JoinColumn(name = "review_id"))
  @OrderColumn(name = "position")
  @Column(name = "code")
  private List<String> vetoes = new ArrayList<>();

  protected CaseReview() {}

  public CaseReview(
      long caseId,
      long agencyId,
      Long sampleId,
      String campaign,
      String reviewer,
      String reviewerName,
      LocalDate reviewedOn,
      List<ReviewScore> items,
      List<String> vetoes,
      BigDecimal maxTotal,
      BigDecimal total,
      String grade,
      BigDecimal excellentFrom,
      BigDecimal passFrom,
      Instant createdAt) {
    this.caseId = caseId;
    this.agencyId = agencyId;
    this.sampleId = sampleId;
    this.campaign = campaign;
    this.reviewer = reviewer;
    this.reviewerName = reviewerName;
    this.reviewedOn = reviewedOn;
    this.items.addAll(items);
    this.vetoes.addAll(vetoes);
    this.maxTotal = maxTotal;
    this.total = total;
    this.grade = grade;
    this.excellentFrom = excellentFrom;
    this.passFrom = passFrom;
    this.createdAt = createdAt;
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

  public Long getSampleId() {
    return sampleId;
  }

  public String getCampaign() {
    return campaign;
  }

  public String getReviewer() {
    return reviewer;
  }

  public String getReviewerName() {
    return reviewerName;
  }

  public LocalDate getReviewedOn() {
    return reviewedOn;
  }

  public BigDecimal getMaxTotal() {
    return maxTotal;
  }

  public BigDecimal getTotal() {
    return total;
  }

  public String getGrade() {
    return grade;
  }

  public BigDecimal getExcellentFrom() {
    return excellentFrom;
  }

  public BigDecimal getPassFrom() {
    return passFrom;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public List<ReviewScore> getItems() {
    return Collections.unmodifiableList(items);
  }

  public List<String> getVetoes() {
    return Collections.unmodifiableList(vetoes);
  }
}
