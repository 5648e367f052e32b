package org.gongshi.review.entity;

/** Where a campaign score sheet stands. */
public enum ScoreStatus {
  DRAFT("草稿"),
  AWAITING_SECOND("否决待第二评查员确认"),
  SUBMITTED("已提交"),
  SUPERSEDED("已由新版本取代");

  public final String label;

  ScoreStatus(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
