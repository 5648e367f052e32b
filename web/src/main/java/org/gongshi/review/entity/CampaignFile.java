package org.gongshi.review.entity;

import jakarta.persistence.*;

/** A file drawn into a campaign and the reviewer assigned to score it. */
@Entity
@Table(name = "review_campaign_file")
@NamedQuery(
    name = CampaignFile.BY_CAMPAIGN,
    query = "SELECT f FROM CampaignFile f WHERE f.campaignId = :campaign ORDER BY f.position")
public class CampaignFile {
  public static final String BY_CAMPAIGN = "CampaignFile.byCampaign";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "campaign_id")
  private long campaignId;

  @Column(name = "case_id")
  private long caseId;

  @Column(name = "agency_id")
  private long agencyId;

  private int position;
  private String reviewer;

  protected CampaignFile() {}

  public CampaignFile(long campaignId, long caseId, long agencyId, int position, String reviewer) {
    this.campaignId = campaignId;
    this.caseId = caseId;
    this.agencyId = agencyId;
    this.position = position;
    this.reviewer = reviewer;
  }

  public Long getId() {
    return id;
  }

  public long getCampaignId() {
    return campaignId;
  }

  public long getCaseId() {
    return caseId;
  }

  public long getAgencyId() {
    return agencyId;
  }

  public int getPosition() {
    return position;
  }

  /** Hands the file over to another reviewer. */
  public void reassign(String reviewer) {
    this.reviewer = reviewer;
  }

  public String getReviewer() {
    return reviewer;
  }
}
