package org.gongshi.archive.entity;

/** Penalty types of Administrative Penalty Law Art. 9. */
public enum PenaltyKind {
  WARNING("警告", false),
  CRITICISM("通报批评", false),
  FINE("罚款", true),
  CONFISCATE_GAINS("没收违法所得", true),
  CONFISCATE_PROPERTY("没收非法财物", true),
  SUSPEND_LICENCE("暂扣许可证件", false),
  LOWER_QUALIFICATION("降低资质等级", false),
  REVOKE_LICENCE("吊销许可证件", false),
  RESTRICT_BUSINESS("限制开展生产经营活动", false),
  SUSPEND_BUSINESS("责令停产停业", false),
  CLOSE("责令关闭", false),
  RESTRICT_PRACTICE("限制从业", false),
  DETENTION("行政拘留", false),
  OTHER("其他", false);

  public final String label;
  public final boolean hasAmount;

  PenaltyKind(String label, boolean hasAmount) {
    this.label = label;
    this.hasAmount = hasAmount;
  }

  /** For Facelets EL. */
  public String getLabel() {
    return label;
  }
}
