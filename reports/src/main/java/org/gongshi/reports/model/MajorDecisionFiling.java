package org.gongshi.reports.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * 重大行政处罚决定备案报告: the report an agency sends to the legal office (司法局).
 *
 * @param reportNumber 文号 of the report, e.g. 金东综执备字〔2024〕第8号
 * @param legalOffice addressee, e.g. 金华市金东区司法局
 * @param agencyName reporting agency
 * @param decisionNumber number of the decision filed
 * @param caseTitle 案件名称
 * @param party 当事人
 * @param factsSummary 主要违法事实
 * @param penalty 处罚内容
 * @param fineAmount fine in yuan, or null
 * @param caseFiledOn 立案日期
 * @param legalReviewDate 法制审核 date
 * @param legalReviewOpinion 法制审核意见
 * @param collectiveDiscussionDate 集体讨论 date
 * @param hearingHeld whether a hearing (听证) was held
 * @param decisionDate 决定日期
 * @param filingDeadline 备案期限 (computed by the caller's calendar; default rule: 15 days)
 * @param materials enclosed materials, in order
 * @param contactPerson 联系人
 * @param contactPhone 联系电话
 * @param reportDate date of this report
 */
public record MajorDecisionFiling(
    String reportNumber,
    String legalOffice,
    String agencyName,
    String decisionNumber,
    String caseTitle,
    Party party,
    String factsSummary,
    String penalty,
    BigDecimal fineAmount,
    LocalDate caseFiledOn,
    LocalDate legalReviewDate,
    String legalReviewOpinion,
    LocalDate collectiveDiscussionDate,
    boolean hearingHeld,
    LocalDate decisionDate,
    LocalDate filingDeadline,
    List<String> materials,
    String contactPerson,
    String contactPhone,
    LocalDate reportDate) {

  /** Validates the required parts. */
  public MajorDecisionFiling {
    Objects.requireNonNull(legalOffice, "legalOffice");
    Objects.requireNonNull(agencyName, "agencyName");
    Objects.requireNonNull(decisionNumber, "decisionNumber");
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(decisionDate, "decisionDate");
    Objects.requireNonNull(reportDate, "reportDate");
    materials = List.copyOf(materials == null ? List.of() : materials);
  }

  /**
   * @return true when the report is dated after the filing deadline (迟报)
   */
  public boolean late() {
    return filingDeadline != null && reportDate.isAfter(filingDeadline);
  }
}
