package org.gongshi.catalog.control.io;

/**
 * One problem found while reading an import file.
 *
 * @param row the row as a spreadsheet shows it: the header is row 1, the first item row 2; 0 for a
 *     problem with the whole file (size, type)
 * @param column the column header, or "" when the problem is not about one column
 * @param message what is wrong, in Chinese
 */
public record RowProblem(int row, String column, String message) {

  /** A problem with the whole file. */
  public static RowProblem ofFile(String message) {
    return new RowProblem(0, "", message);
  }

  /** E.g. {@code 第3行，“事项类型”列：…}. */
  @Override
  public String toString() {
    String where = row > 0 ? "第" + row + "行" : "";
    if (column.isEmpty() == false) {
      where += (where.isEmpty() ? "" : "，") + "“" + column + "”列";
    }
    return where.isEmpty() ? message : where + "：" + message;
  }
}
