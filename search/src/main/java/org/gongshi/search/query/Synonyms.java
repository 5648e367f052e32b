package org.gongshi.search.query;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongshi.search.index.ChineseAnalysis;

/**
 * Everyday words and the terms decisions use (违章建筑 → 未取得建设工程规划许可证), kept as data in Solr's synonym
 * format and applied when a query is parsed, so any backend searches the same words. The standard
 * list is {@code synonyms.txt} next to this class.
 */
public final class Synonyms {

  /** A query word that also searched other words. */
  public record Expansion(String word, List<String> alternatives) {}

  private static final Synonyms STANDARD = load();

  private final Map<String, List<String>> byWord;

  /** 违法行为类别 → the words that put a violation in it (its own and the decisions' words). */
  private final Map<String, List<String>> categories;

  private Synonyms(Map<String, List<String>> byWord, Map<String, List<String>> categories) {
    this.byWord = byWord;
    this.categories = categories;
  }

  /** The curated list shipped with the search module. */
  public static Synonyms standard() {
    return STANDARD;
  }

  /** No synonyms at all. */
  public static Synonyms none() {
    return new Synonyms(Map.of(), Map.of());
  }

  /** A list in Solr's format: {@code a, b, c} (each finds the others) or {@code a, b => c, d}. */
  public static Synonyms parse(Reader text) throws IOException {
    Map<String, Set<String>> m = new LinkedHashMap<>();
    Map<String, List<String>> categories = new LinkedHashMap<>();
    BufferedReader r = new BufferedReader(text);
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) continue;
      int arrow = l.indexOf("=>");
      List<String> left = words(arrow < 0 ? l : l.substring(0, arrow));
      List<String> right = arrow < 0 ? left : words(l.substring(arrow + 2));
      if (arrow >= 0 && !left.isEmpty()) {
        categories.put(left.get(0), concat(left, right).stream().map(Synonyms::key).toList());
      }
      for (String w : left) {
        Set<String> alts = m.computeIfAbsent(key(w), k -> new LinkedHashSet<>());
        for (String a : arrow < 0 ? left : concat(left, right)) {
          if (!key(a).equals(key(w))) alts.add(a);
        }
      }
    }
    Map<String, List<String>> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return new Synonyms(Map.copyOf(out), java.util.Collections.unmodifiableMap(categories));
  }

  /** The other words a query word also finds; empty when it has none. */
  public List<String> alternatives(String word) {
    return word == null ? List.of() : byWord.getOrDefault(key(word), List.of());
  }

  /**
   * The 违法行为类别 of a violation: the first word of each one-way line ({@code a, b => c}) any of whose
   * words the text contains, in the list's order.
   */
  public List<String> categories(String violationText) {
    if (violationText == null || violationText.isBlank()) return List.of();
    String text = key(violationText);
    List<String> out = new ArrayList<>();
    categories.forEach(
        (category, words) -> {
          if (words.stream().anyMatch(text::contains)) out.add(category);
        });
    return out;
  }

  /** The words of a query that were widened by synonyms, in the order typed. */
  public List<Expansion> expansions(String query) {
    if (query == null || query.isBlank()) return List.of();
    List<Expansion> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (String w : query.replace('"', ' ').strip().split("\\s+")) {
      String word = w.replaceFirst("^[+]", "");
      List<String> alts = alternatives(word);
      if (!alts.isEmpty() && seen.add(key(word))) out.add(new Expansion(word, alts));
    }
    return out;
  }

  /** The form words are compared in: full width, traditional characters and case folded. */
  static String key(String word) {
    return ChineseAnalysis.foldWord(word.strip());
  }

  private static List<String> words(String part) {
    return Arrays.stream(part.split("[,，、]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private static Synonyms load() {
    try (InputStream in = Synonyms.class.getResourceAsStream("synonyms.txt")) {
      if (in == null) return none();
      return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
