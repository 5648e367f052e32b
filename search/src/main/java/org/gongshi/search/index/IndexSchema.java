package org.gongshi.search.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One index's schema: its fields, the id, date, snippet and year fields, and the names people may
 * use in queries ({@code party:张三}). {@link #ARCHIVE} and {@link #PUBLIC} are the two indexes.
 */
public final class IndexSchema {

  /** Internal case archive. */
  public static final IndexSchema ARCHIVE =
      new IndexSchema(
          "archive",
          List.of(ArchiveField.values()),
          ArchiveField.ID,
          ArchiveField.DECISION_DATE,
          ArchiveField.YEAR,
          List.of(ArchiveField.CONTENT, ArchiveField.VIOLATION),
          List.of(ArchiveField.PARTIES),
          Map.of(
              "agency", List.of(ArchiveField.AGENCY_ID, ArchiveField.AGENCY_NAME),
              "party", List.of(ArchiveField.PARTIES),
              "type", List.of(ArchiveField.DOCUMENT_TYPE),
              "penalty", List.of(ArchiveField.PENALTY_TYPES),
              "basis", List.of(ArchiveField.LEGAL_BASIS),
              "date", List.of(ArchiveField.DECISION_DATE)));

  /** Published decisions and power lists. */
  public static final IndexSchema PUBLIC =
      new IndexSchema(
          "public",
          List.of(PublicField.values()),
          PublicField.ID,
          PublicField.DECISION_DATE,
          PublicField.YEAR,
          List.of(PublicField.CONTENT, PublicField.VIOLATION),
          List.of(PublicField.PARTIES),
          Map.of(
              "agency", List.of(PublicField.AGENCY_ID, PublicField.AGENCY_NAME),
              "party", List.of(PublicField.PARTIES),
              "type", List.of(PublicField.KIND),
              "penalty", List.of(PublicField.PENALTY_TYPES),
              "basis", List.of(PublicField.LEGAL_BASIS),
              "date", List.of(PublicField.DECISION_DATE)));

  private final String name;
  private final List<SchemaField> fields;
  private final SchemaField idField;
  private final SchemaField dateField;
  private final SchemaField yearField;
  private final List<SchemaField> snippetFields;
  private final List<SchemaField> nameFields;
  private final Map<String, List<SchemaField>> names = new LinkedHashMap<>();

  private IndexSchema(
      String name,
      List<SchemaField> fields,
      SchemaField idField,
      SchemaField dateField,
      SchemaField yearField,
      List<SchemaField> snippetFields,
      List<SchemaField> nameFields,
      Map<String, List<SchemaField>> aliases) {
    this.name = name;
    this.fields = List.copyOf(fields);
    this.idField = idField;
    this.dateField = dateField;
    this.yearField = yearField;
    this.snippetFields = List.copyOf(snippetFields);
    this.nameFields = List.copyOf(nameFields);
    for (SchemaField f : fields) {
      names.put(f.fieldName(), List.of(f));
    }
    names.putAll(aliases);
  }

  public String name() {
    return name;
  }

  public List<SchemaField> fields() {
    return fields;
  }

  public SchemaField idField() {
    return idField;
  }

  /** The date used for date sorting and {@code date:[a TO b]}. */
  public SchemaField dateField() {
    return dateField;
  }

  /** Filled from {@link #dateField()} when a document has no year. */
  public SchemaField yearField() {
    return yearField;
  }

  /** Fields a snippet is cut from, in order of preference. */
  public List<SchemaField> snippetFields() {
    return snippetFields;
  }

  /**
   * TEXT fields holding the names of parties: a word also finds them loosely, its characters in
   * order with others between (忻州鑫源商贸 in 忻州市鑫源商贸有限公司), ranked below exact.
   */
  public List<SchemaField> nameFields() {
    return nameFields;
  }

  /** TEXT fields searched by plain words. */
  public List<SchemaField> defaultFields() {
    return fields.stream().filter(SchemaField::searchedByDefault).toList();
  }

  /** Fields counted as facets. */
  public List<SchemaField> facetFields() {
    return fields.stream().filter(SchemaField::facet).toList();
  }

  /**
   * The fields a query or filter name refers to: a field name or an alias such as {@code party}.
   */
  public Optional<List<SchemaField>> resolve(String queryName) {
    return Optional.ofNullable(names.get(queryName));
  }

  /** Every name accepted by {@link #resolve(String)}. */
  public List<String> queryNames() {
    return new ArrayList<>(names.keySet());
  }

  public boolean contains(SchemaField field) {
    return fields.contains(field);
  }

  @Override
  public String toString() {
    return name;
  }
}
