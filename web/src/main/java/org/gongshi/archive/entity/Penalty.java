package org.gongshi.archive.entity;

import jakarta.persistence.*;
import java.math.BigDecimal;

/** One penalty of a decision; amounts are exact yuan. */
@Embeddable
public class Penalty {
  @Enumerated(EnumType.STRING)
  private PenaltyKind kind;

  private BigDecimal amount;
  private String note;

  protected Penalty() {}

  public Penalty(PenaltyKind kind, BigDecimal amount, String note) {
    this.kind = kind;
    this.amount = amount;
    this.note = note;
  }

  public PenaltyKind getKind() {
    return kind;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public String getNote() {
    return note;
  }
}
