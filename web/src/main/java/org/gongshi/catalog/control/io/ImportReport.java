package org.gongshi.catalog.control.io;

import java.util.Comparator;
import java.util.List;
import org.gongshi.catalog.control.CatalogItemData;

/**
 * What a dry run of an import found. Import is all-or-nothing: {@link #items()} is empty whenever
 * there is a problem, so a caller cannot import part of a bad file.
 *
 * @param rowsRead the item rows read (blank rows not counted)
 * @param problems every problem, by row then column
 * @param items the items, in file order; empty when any problem exists
 */
public record ImportReport(int rowsRead, List<RowProblem> problems, List<CatalogItemData> items) {

  /** Sorts the problems and drops the items when there are problems. */
  public ImportReport {
    problems = problems.stream().sorted(Comparator.comparingInt(RowProblem::row)).toList();
    items = problems.isEmpty() ? List.copyOf(items) : List.of();
  }

  /** A file refused as a whole (size, type, encoding). */
  public static ImportReport refused(RowProblem problem) {
    return new ImportReport(0, List.of(problem), List.of());
  }

  /** Whether the file may be imported. */
  public boolean importable() {
    return problems.isEmpty();
  }

  /** One line in Chinese for the page. */
  public String summary() {
    if (importable()) {
      return "共读取 " + rowsRead + " 行，全部通过校验，可导入 " + items.size() + " 个事项";
    }
    return "共读取 " + rowsRead + " 行，发现 " + problems.size() + " 个问题，未导入任何事项";
  }
}
