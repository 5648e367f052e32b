package org.gongshi.review.entity;

/** How often a campaign is held (DOMAIN.md §5). */
public enum CampaignKind {
  MONTHLY("月度抽查"),
  QUARTERLY("季度评查"),
  ANNUAL("年度评查"),
  AD_HOC("专项评查");

  public final String label;

  CampaignKind(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
