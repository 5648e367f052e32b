package org.gongshi.disclosure.control;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A proposal's spans as the disclosure record keeps them (JSON): each span and whether it stays
 * masked. The officer's choices survive a restart; the proposal is rebuilt from them exactly.
 */
public final class StoredSpans {
  private static final ObjectMapper JSON = new ObjectMapper();

  private StoredSpans() {}

  /** A span as stored: the proposal's span and whether it stays masked. */
  public record StoredSpan(
      int id, int start, int end, String category, String replacement, boolean masked) {}

  /** The proposal's spans, every one masked except those in {@code unmasked}. */
  public static String toJson(RedactionProposal p, Set<Integer> unmasked) {
    List<StoredSpan> out = new ArrayList<>();
    for (Span s : p.spans())
      out.add(
          new StoredSpan(
              s.id(),
              s.start(),
              s.end(),
              s.category().name(),
              s.replacement(),
              !unmasked.contains(s.id())));
    try {
      return JSON.writeValueAsString(out);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The stored spans; none when nothing was proposed yet. */
  public static List<StoredSpan> parse(String json) {
    if (json == null) return List.of();
    try {
      return List.of(JSON.readValue(json, StoredSpan[].class));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored spans are not readable: " + e.getMessage(), e);
    }
  }

  /** The proposal the spans were stored from. */
  public static RedactionProposal proposal(String text, List<StoredSpan> stored) {
    return RedactionProposal.of(
        text,
        stored.stream()
            .map(
                s ->
                    new Span(
                        s.id(),
                        s.start(),
                        s.end(),
                        SpanCategory.valueOf(s.category()),
                        s.replacement()))
            .toList());
  }

  /** The ids of the spans the officer left unmasked. */
  public static Set<Integer> unmasked(List<StoredSpan> stored) {
    return stored.stream().filter(s -> !s.masked()).map(StoredSpan::id).collect(Collectors.toSet());
  }

  /** What the public reads: the text with every stored mask applied. */
  public static String publicText(String text, List<StoredSpan> stored) {
    return proposal(text, stored).apply(unmasked(stored));
  }
}
