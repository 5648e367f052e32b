package org.gongshi.reports.internal;

/**
 * One paragraph of a running-text document.
 *
 * @param kind party (no indent), body (first-line indent), right (right-aligned)
 * @param text the text
 */
public record Paragraph(String kind, String text) {

  /**
   * @return a body paragraph
   */
  public static Paragraph body(String text) {
    return new Paragraph("body", text);
  }

  /**
   * @return an unindented paragraph
   */
  public static Paragraph plain(String text) {
    return new Paragraph("party", text);
  }

  /**
   * @return a right-aligned paragraph
   */
  public static Paragraph right(String text) {
    return new Paragraph("right", text);
  }
}
