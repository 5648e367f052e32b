package org.gongshi.legal.entity;

import jakarta.persistence.*;

/** An agency's local time limits for major decisions; without a row the defaults apply. */
@Entity
@Table(name = "major_setting")
public class MajorSetting {
  public static final int HEARING_DAYS = 5;
  public static final int STATEMENT_DAYS = 3;
  public static final int REVIEW_DAYS = 7;
  public static final int REVIEW_EXTRA_DAYS = 3;
  public static final int FILING_DAYS = 15;
  public static final int EXAMINATION_DAYS = 30;
  public static final int QUORUM = 3;

  @Id
  @Column(name = "agency_id")
  private Long agencyId;

  @Column(name = "hearing_days")
  private int hearingDays = HEARING_DAYS;

  @Column(name = "statement_days")
  private int statementDays = STATEMENT_DAYS;

  @Column(name = "review_days")
  private int reviewDays = REVIEW_DAYS;

  @Column(name = "review_extra_days")
  private int reviewExtraDays = REVIEW_EXTRA_DAYS;

  @Column(name = "filing_days")
  private int filingDays = FILING_DAYS;

  @Column(name = "examination_days")
  private int examinationDays = EXAMINATION_DAYS;

  private int quorum = QUORUM;

  @Version private long version;

  protected MajorSetting() {}

  public MajorSetting(long agencyId) {
    this.agencyId = agencyId;
  }

  public void change(
      int hearingDays,
      int statementDays,
      int reviewDays,
      int reviewExtraDays,
      int filingDays,
      int examinationDays,
      int quorum) {
    this.hearingDays = hearingDays;
    this.statementDays = statementDays;
    this.reviewDays = reviewDays;
    this.reviewExtraDays = reviewExtraDays;
    this.filingDays = filingDays;
    this.examinationDays = examinationDays;
    this.quorum = quorum;
  }

  public Long getAgencyId() {
    return agencyId;
  }

  public int getHearingDays() {
    return hearingDays;
  }

  public int getStatementDays() {
    return statementDays;
  }

  public int getReviewDays() {
    return reviewDays;
  }

  public int getReviewExtraDays() {
    return reviewExtraDays;
  }

  public int getFilingDays() {
    return filingDays;
  }

  public int getExaminationDays() {
    return examinationDays;
  }

  public int getQuorum() {
    return quorum;
  }
}
