package org.gongshi.review.entity;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A score sheet of a campaign file. A draft is saved as the reviewer types; a submitted one is
 * locked, and a change after that is a new revision (the old one is kept, marked superseded).
 */
@Entity
@Table(name = "campaign_score")
@NamedQuery(
    name = CampaignScore.BY_FILE,
    query = "SELECT s FROM CampaignScore s WHERE s.fileId = :file ORDER BY s.revision DESC")
@NamedQuery(
    name = CampaignScore.CURRENT_OF_CAMPAIGN,
    query =
        "SELECT s FROM CampaignScore s, CampaignFile f WHERE s.fileId = f.id"
            + " AND f.campaignId = :campaign AND s.status <> :superseded")
public class CampaignScore {
  public static final String BY_FILE = "CampaignScore.byFile";
  public static final String CURRENT_OF_CAMPAIGN = "CampaignScore.currentOfCampaign";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "file_id")
  private long fileId;

  private int revision;

  @Enumerated(EnumType.STRING)
  private ScoreStatus status;

  private String reviewer;

  @Column(name = "reviewer_name")
  private String reviewerName;

  private String comments;

  @Column(name = "max_total")
  private BigDecimal maxTotal;

  private BigDecimal total;
  private String grade;

  @Column(name = "second_reviewer")
  private String secondReviewer;

  @Column(name = "second_reviewer_name")
  private String secondReviewerName;

  @Column(name = "saved_at")
  private Instant savedAt;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Version private long version;

  @ElementCollection
  @CollectionTable(name = "campaign_score_item", joinColumns = @JoinColumn(name = "score_id"))
  @OrderColumn(name = "position")
  private List<ReviewScore> items = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "campaign_score_veto", joinColumns = @JoinColumn(name = "score_id"))
  @OrderColumn(name = "position")
  @Column(name = "code")
  private List<String> vetoes = new ArrayList<>();

  protected CampaignScore() {}

  public CampaignScore(long fileId, int revision, String reviewer, String reviewerName) {
    this.fileId = fileId;
    this.revision = revision;
    this.reviewer = reviewer;
    this.reviewerName = reviewerName;
    this.status = ScoreStatus.DRAFT;
  }

  /** A draft handed over with its file: the new reviewer continues it. */
  public void handOver(String reviewer, String reviewerName) {
    if (status != ScoreStatus.DRAFT) throw new IllegalStateException("only a draft is handed over");
    this.reviewer = reviewer;
    this.reviewerName = reviewerName;
  }

  /** Replaces the draft's content; refused by the caller unless the sheet is a draft. */
  public void record(
      List<ReviewScore> newItems,
      List<String> newVetoes,
      String comments,
      BigDecimal maxTotal,
      BigDecimal total,
      String grade,
      Instant at) {
    items.clear();
    items.addAll(newItems);
    vetoes.clear();
    vetoes.addAll(newVetoes);
    this.comments = comments;
    this.maxTotal = maxTotal;
    this.total = total;
    this.grade = grade;
    this.savedAt = at;
  }

  public void submit(Instant at) {
    status = vetoes.isEmpty() ? ScoreStatus.SUBMITTED : ScoreStatus.AWAITING_SECOND;
    submittedAt = at;
  }

  public void confirmVeto(String by, String byName) {
    secondReviewer = by;
    secondReviewerName = byName;
    status = ScoreStatus.SUBMITTED;
  }

  public void reopen() {
    status = ScoreStatus.DRAFT;
    submittedAt = null;
  }

  public void supersede() {
    status = ScoreStatus.SUPERSEDED;
  }

  public Long getId() {
    return id;
  }

  public long getFileId() {
    return fileId;
  }

  public int getRevision() {
    return revision;
  }

  public ScoreStatus getStatus() {
    return status;
  }

  public String getReviewer() {
    return reviewer;
  }

  public String getReviewerName() {
    return reviewerName;
  }

  public String getComments() {
    return comments;
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

  public String getSecondReviewer() {
    return secondReviewer;
  }

  public String getSecondReviewerName() {
    return secondReviewerName;
  }

  public Instant getSavedAt() {
    return savedAt;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public List<ReviewScore> getItems() {
    return Collections.unmodifiableList(items);
  }

  public List<String> getVetoes() {
    return Collections.unmodifiableList(vetoes);
  }
}
