package org.gongshi.review.entity;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A review campaign (评查活动): its scope, the standard version it keeps, the seeded draw and the
 * assigned reviewers.
 */
@Entity
@Table(name = "review_campaign")
@NamedQuery(name = Campaign.ALL, query = "SELECT c FROM Campaign c ORDER BY c.id DESC")
public class Campaign {
  public static final String ALL = "Campaign.all";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;

  @Enumerated(EnumType.STRING)
  private CampaignKind kind;

  @Column(name = "standard_id")
  private long standardId;

  @Column(name = "decided_from")
  private LocalDate decidedFrom;

  @Column(name = "decided_to")
  private LocalDate decidedTo;

  @Column(name = "procedure_kind")
  private String procedure;

  @Column(name = "agency_ids")
  private String agencyIds;

  @Column(name = "percent_drawn")
  private BigDecimal percent;

  @Column(name = "min_per_agency")
  private int minPerAgency;

  @Column(name = "exclude_last")
  private int excludeLast;

  private long seed;
  private int population;
  private String reviewers;
  private boolean published;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "published_by")
  private String publishedBy;

  /** The summary as published (JSON), frozen at publication. */
  @Column(name = "published_summary")
  private String publishedSummary;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "precheck_millis")
  private long precheckMillis;

  protected Campaign() {}

  public Campaign(
      String name,
      CampaignKind kind,
      long standardId,
      LocalDate decidedFrom,
      LocalDate decidedTo,
      String procedure,
      List<Long> agencyIds,
      BigDecimal percent,
      int minPerAgency,
      int excludeLast,
      long seed,
      int population,
      List<String> reviewers,
      String createdBy,
      Instant createdAt) {
    this.name = name;
    this.kind = kind;
    this.standardId = standardId;
    this.decidedFrom = decidedFrom;
    this.decidedTo = decidedTo;
    this.procedure = procedure;
    this.agencyIds = String.join(",", agencyIds.stream().map(String::valueOf).toList());
    this.percent = percent;
    this.minPerAgency = minPerAgency;
    this.excludeLast = excludeLast;
    this.seed = seed;
    this.population = population;
    this.reviewers = String.join(",", reviewers);
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public void prechecked(long millis) {
    this.precheckMillis = millis;
  }

  /** Publishes the summary on the portal, frozen as it is now. */
  public void publish(String summary, String by, Instant at) {
    this.published = true;
    this.publishedSummary = summary;
    this.publishedBy = by;
    this.publishedAt = at;
  }

  /** Takes the summary off the portal. */
  public void withdraw() {
    this.published = false;
    this.publishedSummary = null;
    this.publishedBy = null;
    this.publishedAt = null;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public String getPublishedSummary() {
    return publishedSummary;
  }

  /** Adds a reviewer (a file handed over to them) if not already one. */
  public void addReviewer(String username) {
    if (!getReviewers().contains(username))
      this.reviewers = reviewers.isEmpty() ? username : reviewers + "," + username;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public CampaignKind getKind() {
    return kind;
  }

  public long getStandardId() {
    return standardId;
  }

  public LocalDate getDecidedFrom() {
    return decidedFrom;
  }

  public LocalDate getDecidedTo() {
    return decidedTo;
  }

  public String getProcedure() {
    return procedure;
  }

  public List<Long> getAgencyIds() {
    return Arrays.stream(agencyIds.split(","))
        .filter(s -> !s.isEmpty())
        .map(Long::valueOf)
        .toList();
  }

  public BigDecimal getPercent() {
    return percent;
  }

  public int getMinPerAgency() {
    return minPerAgency;
  }

  public int getExcludeLast() {
    return excludeLast;
  }

  public long getSeed() {
    return seed;
  }

  public int getPopulation() {
    return population;
  }

  public List<String> getReviewers() {
    return Arrays.stream(reviewers.split(",")).filter(s -> !s.isEmpty()).toList();
  }

  public boolean isPublished() {
    return published;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public long getPrecheckMillis() {
    return precheckMillis;
  }
}
