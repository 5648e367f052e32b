package org.gongshi.reports.internal;

/**
 * One paragraph of a running-text document.
 *
 * @param kind party (no indent), body (first-line indent), right (right-aligned), closing (the last
 *     body paragraph with the signature block, kept together on one page)
 * @param text the text
 * @param signer the signing agency of a closing paragraph, else null
 * @param signDate the date under the signer of a closing paragraph, else null
 */
public record Paragraph(String kind, String text, String signer, String signDate) {

  /**
   * @param kind the kind
   * @param text the text
   */
  public Paragraph(String kind, String text) {
    this(kind, text, null, null);
  }

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

  /**
   * The last paragraph with the signature (GB/T 9704 7.3.5): the signer centred over the date, the
   * date four characters from the right edge; never split from each other nor from the paragraph.
   *
   * @param text the last body paragraph
   * @param signer the signing agency (with its seal mark)
   * @param date the date of the document, e.g. 2025年3月14日
   * @return a closing paragraph
   */
  public static Paragraph closing(String text, String signer, String date) {
    return new Paragraph("closing", text, signer, date);
  }
}
