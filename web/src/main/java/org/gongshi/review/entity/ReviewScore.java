package org.gongshi.review.entity;

import jakarta.persistence.*;
import java.math.BigDecimal;

/** One item of a review as scored, with the standard's wording of the day. */
@Embeddable
public class ReviewScore {
  private String code;
  private String category;
  private String criterion;
  private BigDecimal points;
  private BigDecimal deduction;
  private String reason;

  protected ReviewScore() {}

  public ReviewScore(
      String code,
      String category,
      String criterion,
      BigDecimal points,
      BigDecimal deduction,
      String reason) {
    this.code = code;
    this.category = category;
    this.criterion = criterion;
    this.points = points;
    this.deduction = deduction;
    this.reason = reason;
  }

  public String getCode() {
    return code;
  }

  public String getCategory() {
    return category;
  }

  public String getCriterion() {
    return criterion;
  }

  public BigDecimal getPoints() {
    return points;
  }

  public BigDecimal getDeduction() {
    return deduction;
  }

  public String getReason() {
    return reason;
  }
}
