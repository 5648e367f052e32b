package org.gongshi.search.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.gongshi.search.index.ChineseAnalysis;
import org.gongshi.search.index.FieldKind;
import org.gongshi.search.index.IndexDocument;
import org.gongshi.search.index.IndexSchema;
import org.gongshi.search.index.SchemaField;

/**
 * An index schema in OpenSearch, derived from the typed schema (the one source of field names).
 *
 * <p>The analysis is Gongshi's own ({@link ChineseAnalysis}, the same code as the Lucene engine):
 * each text value is sent as it is (kept in {@code _source}, for hits and snippets) and as its
 * analysed terms, space-separated, under {@code bg.<field>} (CJK bigrams) and {@code sc.<field>}
 * (SmartCN words), which OpenSearch indexes with its whitespace analyzer. So both backends hold the
 * same terms at the same positions and score them with the same BM25, without an OpenSearch
 * analysis plugin; identifiers are normalised the same way into {@code ix.<field>}.
 */
final class OpenSearchMapping {

  static final String BIGRAMS = "bg";
  static final String WORDS = "sc";
  static final String IDENTIFIERS = "ix";

  private final IndexSchema schema;
  private final Analyzer analyzer;

  OpenSearchMapping(IndexSchema schema) {
    this.schema = schema;
    this.analyzer = ChineseAnalysis.forSchema(schema);
  }

  /** The OpenSearch field that holds the terms of a Lucene field name. */
  String indexedName(String luceneField) {
    if (luceneField.endsWith(".sc")) {
      return WORDS + "." + luceneField.substring(0, luceneField.length() - 3);
    }
    return schema.resolve(luceneField).filter(l -> l.size() == 1).map(l -> l.get(0)).stream()
        .filter(f -> f.fieldName().equals(luceneField))
        .map(
            f ->
                switch (f.kind()) {
                  case TEXT -> BIGRAMS + "." + f.fieldName();
                  case IDENTIFIER -> IDENTIFIERS + "." + f.fieldName();
                  default -> f.fieldName();
                })
        .findFirst()
        .orElse(luceneField);
  }

  /** The index body: settings and mappings, with the analysis version and applied sequence. */
  Map<String, Object> indexBody(int shards, int replicas, long appliedSequence) {
    Map<String, Object> props = new LinkedHashMap<>();
    Map<String, Object> bigrams = new LinkedHashMap<>();
    Map<String, Object> words = new LinkedHashMap<>();
    Map<String, Object> identifiers = new LinkedHashMap<>();
    for (SchemaField f : schema.fields()) {
      String name = f.fieldName();
      switch (f.kind()) {
        case ID, KEYWORD -> props.put(name, Map.of("type", "keyword"));
        case IDENTIFIER -> {
          props.put(name, Map.of("type", "keyword", "index", false, "doc_values", false));
          identifiers.put(name, Map.of("type", "keyword"));
        }
        case TEXT -> {
          props.put(name, Map.of("type", "text", "index", false));
          Map<String, Object> terms =
              Map.of("type", "text", "analyzer", "whitespace", "position_increment_gap", 100);
          bigrams.put(name, terms);
          words.put(name, terms);
        }
        case DATE -> props.put(name, Map.of("type", "date", "format", "strict_date"));
      }
    }
    props.put(BIGRAMS, Map.of("properties", bigrams));
    props.put(WORDS, Map.of("properties", words));
    props.put(IDENTIFIERS, Map.of("properties", identifiers));
    Map<String, Object> mappings = new LinkedHashMap<>();
    mappings.put("dynamic", "strict");
    mappings.put(
        "_source", Map.of("excludes", List.of(BIGRAMS + ".*", WORDS + ".*", IDENTIFIERS + ".*")));
    mappings.put("_meta", meta(appliedSequence));
    mappings.put("properties", props);
    return Map.of(
        "settings",
        Map.of(
            "index",
            Map.of(
                "number_of_shards",
                shards,
                "number_of_replicas",
                replicas,
                "refresh_interval",
                "1s",
                // a delete's version outlives any replay of the outbox
                "gc_deletes",
                "1d")),
        "mappings",
        mappings);
  }

  /** The mapping's {@code _meta}: what the Lucene engine keeps in its commit data. */
  Map<String, Object> meta(long appliedSequence) {
    return Map.of(
        "schema",
        schema.name(),
        "analysis",
        ChineseAnalysis.VERSION,
        "appliedSequence",
        appliedSequence);
  }

  /** The document as sent: the values, their analysed terms and the derived year. */
  Map<String, Object> source(IndexDocument doc) {
    Map<String, Object> out = new LinkedHashMap<>();
    Map<String, Object> bigrams = new LinkedHashMap<>();
    Map<String, Object> words = new LinkedHashMap<>();
    Map<String, Object> identifiers = new LinkedHashMap<>();
    out.put(schema.idField().fieldName(), doc.id());
    doc.values()
        .forEach(
            (field, values) -> {
              if (schema.contains(field) == false) {
                throw new IllegalArgumentException(
                    field.fieldName() + " is not a field of the " + schema + " index");
              }
              if (field == schema.idField()) {
                return;
              }
              String name = field.fieldName();
              List<String> plain = new ArrayList<>();
              for (Object v : values) {
                plain.add(v instanceof LocalDate d ? d.toString() : (String) v);
              }
              out.put(name, plain);
              if (field.kind() == FieldKind.TEXT) {
                bigrams.put(name, plain.stream().map(v -> terms(name, v)).toList());
                words.put(
                    name, plain.stream().map(v -> terms(SchemaField.smartName(name), v)).toList());
              } else if (field.kind() == FieldKind.IDENTIFIER) {
                identifiers.put(
                    name, plain.stream().map(ChineseAnalysis::normalizeIdentifier).toList());
              }
            });
    SchemaField year = schema.yearField();
    List<Object> dates = doc.get(schema.dateField());
    if (year != null && doc.get(year).isEmpty() && dates.isEmpty() == false) {
      out.put(year.fieldName(), List.of(String.valueOf(((LocalDate) dates.get(0)).getYear())));
    }
    if (bigrams.isEmpty() == false) {
      out.put(BIGRAMS, bigrams);
      out.put(WORDS, words);
    }
    if (identifiers.isEmpty() == false) {
      out.put(IDENTIFIERS, identifiers);
    }
    return out;
  }

  /** A value's analysed terms, space-separated (no term holds a space). */
  String terms(String luceneField, String value) {
    StringBuilder b = new StringBuilder(value.length() * 3);
    try (TokenStream ts = analyzer.tokenStream(luceneField, value)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (b.length() > 0) {
          b.append(' ');
        }
        b.append(term);
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return b.toString();
  }

  static String day(long epochDay) {
    return LocalDate.ofEpochDay(epochDay).toString();
  }
}
