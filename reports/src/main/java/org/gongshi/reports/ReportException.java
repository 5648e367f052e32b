package org.gongshi.reports;

/** A report could not be filled or exported (a template or data bug, not a user error). */
public final class ReportException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * @param message what failed
   * @param cause the JasperReports error
   */
  public ReportException(String message, Throwable cause) {
    super(message, cause);
  }
}
