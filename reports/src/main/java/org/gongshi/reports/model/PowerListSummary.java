package org.gongshi.reports.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Power-list classification table (权责清单分类汇总表): items per enforcement unit and domain.
 *
 * @param scope e.g. 金华市金东区综合行政执法事项目录
 * @param asOf version date of the list
 * @param rows one row per unit and domain
 */
public record PowerListSummary(String scope, LocalDate asOf, List<Row> rows) {

  /** Copies the rows. */
  public PowerListSummary {
    Objects.requireNonNull(scope, "scope");
    rows = List.copyOf(rows);
  }

  /**
   * One unit and domain.
   *
   * @param unit enforcement unit (执法主体 / 执法队伍)
   * @param domain domain (执法领域)
   * @param itemCount number of items (事项数)
   * @param supervisingDepartment 业务主管部门
   */
  public record Row(String unit, String domain, int itemCount, String supervisingDepartment) {

    /** Validates the row. */
    public Row {
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(domain, "domain");
      if (itemCount < 0) {
        throw new IllegalArgumentException("negative item count for " + unit + " / " + domain);
      }
    }
  }
}
