package org.gongshi.search.extract;

import java.util.Objects;

/**
 * The outcome of extracting text from one file.
 *
 * @param status DONE or FAILED
 * @param mediaType the type detected from the bytes, e.g. {@code application/pdf}
 * @param text the extracted text, empty when failed or when nothing was readable
 * @param reason why it failed, {@code null} when DONE
 * @param message Chinese message for the user: the failure, or a note on a DONE result (OCR
 *     unavailable, text truncated), otherwise {@code null}
 * @param truncated whether the text was cut at the write limit
 * @param ocr whether OCR contributed to the text
 */
public record Extraction(
    Status status,
    String mediaType,
    String text,
    FailureReason reason,
    String message,
    boolean truncated,
    boolean ocr) {

  /** Extraction status. */
  public enum Status {
    DONE,
    FAILED
  }

  public Extraction {
    Objects.requireNonNull(status, "status");
    text = text == null ? "" : text;
  }

  static Extraction done(
      String mediaType, String text, String note, boolean truncated, boolean ocr) {
    return new Extraction(Status.DONE, mediaType, text, null, note, truncated, ocr);
  }

  static Extraction failed(String mediaType, FailureReason reason) {
    return failed(mediaType, reason, reason.message());
  }

  static Extraction failed(String mediaType, FailureReason reason, String message) {
    return new Extraction(Status.FAILED, mediaType, "", reason, message, false, false);
  }

  /** Whether the extraction succeeded. */
  public boolean isDone() {
    return status == Status.DONE;
  }
}
