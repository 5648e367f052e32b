package org.gongshi.disclosure.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A decision's text with the spans proposed for masking. Immutable: an officer's changes give a new
 * proposal. Spans never overlap and are in text order.
 */
public final class RedactionProposal {

  private final String original;
  private final List<Span> spans;

  RedactionProposal(String original, List<Span> spans) {
    this.original = Objects.requireNonNull(original, "original");
    this.spans = spans.stream().sorted(Comparator.comparingInt(Span::start)).toList();
  }

  /** A stored proposal, as it was saved (the officer's manual spans included). */
  public static RedactionProposal of(String original, List<Span> spans) {
    for (Span s : spans) {
      if (s.end() > original.length())
        throw new IllegalArgumentException("span " + s.id() + " lies outside the text");
    }
    return new RedactionProposal(original, spans);
  }

  /** The decision as written. */
  public String original() {
    return original;
  }

  /** The proposed spans, in text order. */
  public List<Span> spans() {
    return spans;
  }

  /** The span with that id. */
  public Optional<Span> span(int id) {
    return spans.stream().filter(s -> s.id() == id).findFirst();
  }

  /** The original characters of a span. */
  public String textOf(Span span) {
    return original.substring(span.start(), span.end());
  }

  /** The public text with every span masked. */
  public String apply() {
    return apply(Set.of());
  }

  /** The public text with every span masked except those whose ids are given. */
  public String apply(Set<Integer> keepUnmasked) {
    StringBuilder out = new StringBuilder(original.length());
    int cursor = 0;
    for (Span span : spans) {
      if (keepUnmasked.contains(span.id())) {
        continue;
      }
      out.append(original, cursor, span.start()).append(span.replacement());
      cursor = span.end();
    }
    return out.append(original, cursor, original.length()).toString();
  }

  /** Adds an officer's span, masked with "***". */
  public RedactionProposal withManualSpan(int start, int end) {
    return withManualSpan(start, end, "***");
  }

  /**
   * Adds an officer's span. Proposed spans it touches are absorbed: the manual span grows to cover
   * them, so nothing they masked comes out in clear.
   */
  public RedactionProposal withManualSpan(int start, int end, String replacement) {
    return withSpan(start, end, SpanCategory.MANUAL, replacement);
  }

  /** Adds a span of the given category; proposed spans it touches are absorbed likewise. */
  public RedactionProposal withSpan(int start, int end, SpanCategory category, String replacement) {
    if (start < 0 || end > original.length() || end <= start) {
      throw new IllegalArgumentException(
          "区间 [" + start + ", " + end + ") 超出文书范围 0–" + original.length());
    }
    int from = start;
    int to = end;
    List<Span> kept = new ArrayList<>();
    for (Span s : spans) {
      if (s.overlaps(start, end)) {
        from = Math.min(from, s.start());
        to = Math.max(to, s.end());
      } else {
        kept.add(s);
      }
    }
    int nextId = spans.stream().mapToInt(Span::id).max().orElse(-1) + 1;
    kept.add(new Span(nextId, from, to, category, replacement));
    return new RedactionProposal(original, kept);
  }

  @Override
  public String toString() {
    return "RedactionProposal[" + spans.size() + " spans]";
  }
}
