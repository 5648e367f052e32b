package org.gongshi.review.entity;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A random sample of closed files for review, with everything needed to draw it again. */
@Entity
@Table(name = "review_sample")
public class ReviewSample {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "sample_year")
  private int year;

  @Column(name = "agency_id")
  private long agencyId;

  @Column(name = "percent_requested")
  private BigDecimal percent;

  @Column(name = "requested_count")
  private Integer requestedCount;

  private long seed;
  private int population;

  @Column(name = "case_ids")
  private String caseIds;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  protected ReviewSample() {}

  public ReviewSample(
      int year,
      long agencyId,
      BigDecimal percent,
      Integer requestedCount,
      long seed,
      int population,
      List<Long> picked,
      String createdBy,
      Instant createdAt) {
    this.year = year;
    this.agencyId = agencyId;
    this.percent = percent;
    this.requestedCount = requestedCount;
    this.seed = seed;
    this.population = population;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
    this.caseIds = String.join(",", picked.stream().map(String::valueOf).toList());
  }

  public Long getId() {
    return id;
  }

  public int getYear() {
    return year;
  }

  public long getAgencyId() {
    return agencyId;
  }

  public BigDecimal getPercent() {
    return percent;
  }

  public Integer getRequestedCount() {
    return requestedCount;
  }

  public long getSeed() {
    return seed;
  }

  public int getPopulation() {
    return population;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  /** The picked cases in the order they were drawn. */
  public List<Long> getCaseIds() {
    return caseIds.isEmpty()
        ? List.of()
        : Arrays.stream(caseIds.split(",")).map(Long::valueOf).toList();
  }
}
