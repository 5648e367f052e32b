package org.gongshi.reports.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Annual enforcement statistics (年度行政执法数据) by agency and domain.
 *
 * @param year the year
 * @param scope e.g. 金华市金东区
 * @param rows one row per agency and domain
 */
public record AnnualStatistics(int year, String scope, List<Row> rows) {

  /** Copies the rows. */
  public AnnualStatistics {
    Objects.requireNonNull(scope, "scope");
    rows = List.copyOf(rows);
  }

  /**
   * Figures of one agency in one domain. Penalty-type counts count decisions carrying that type (a
   * decision may carry several), so they need not add up to {@code cases}.
   *
   * @param agency agency
   * @param domain enforcement domain, e.g. 城乡规划, 市容环卫
   * @param cases penalty cases decided
   * @param warnings 警告 / 通报批评
   * @param fines 罚款
   * @param confiscations 没收违法所得 / 没收非法财物
   * @param licenceActions 暂扣许可证件 / 降低资质等级 / 吊销许可证件
   * @param suspensions 限制开展生产经营活动 / 责令停产停业 / 责令关闭 / 限制从业
   * @param otherPenalties 行政拘留 and other types
   * @param totalFines total of fines and confiscated amounts in yuan
   * @param hearings hearings held
   * @param legalReviews legal reviews (法制审核) done
   * @param reconsiderations reconsiderations applied for
   * @param lawsuits administrative suits filed
   */
  public record Row(
      String agency,
      String domain,
      int cases,
      int warnings,
      int fines,
      int confiscations,
      int licenceActions,
      int suspensions,
      int otherPenalties,
      BigDecimal totalFines,
      int hearings,
      int legalReviews,
      int reconsiderations,
      int lawsuits) {

    /** Validates the required parts. */
    public Row {
      Objects.requireNonNull(agency, "agency");
      Objects.requireNonNull(domain, "domain");
      totalFines = totalFines == null ? BigDecimal.ZERO : totalFines;
    }
  }
}
