package org.gongshi.disclosure.control;

import java.util.Objects;

/**
 * A proposed masking: the characters {@code [start, end)} of the original text, replaced by {@code
 * replacement} in the public text.
 *
 * @param id stable within its proposal; an officer keeps a span unmasked by its id
 * @param start first character (inclusive)
 * @param end last character (exclusive)
 * @param category why it is masked
 * @param replacement what the public text shows instead
 */
public record Span(int id, int start, int end, SpanCategory category, String replacement) {

  public Span {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(replacement, "replacement");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("无效的区间：[" + start + ", " + end + ")");
    }
  }

  /** Whether the two spans share a character. */
  public boolean overlaps(int otherStart, int otherEnd) {
    return start < otherEnd && otherStart < end;
  }

  Span withId(int newId) {
    return new Span(newId, start, end, category, replacement);
  }
}
