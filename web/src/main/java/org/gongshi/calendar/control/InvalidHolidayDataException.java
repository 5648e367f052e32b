package org.gongshi.calendar.control;

import java.util.List;

/**
 * Thrown when an uploaded holiday file cannot be used. The message (Chinese) lists every problem
 * found, so an administrator can fix the file in one go.
 */
public class InvalidHolidayDataException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public InvalidHolidayDataException(List<String> problems) {
    super("节假日数据无效：" + String.join("；", problems));
    this.problems = List.copyOf(problems);
  }

  public InvalidHolidayDataException(String problem) {
    this(List.of(problem));
  }

  /** Each problem found, in file order. */
  public List<String> problems() {
    return problems;
  }
}
