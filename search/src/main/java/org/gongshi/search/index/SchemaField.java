package org.gongshi.search.index;

/** A field of an index schema; implemented by the schema enums. */
public interface SchemaField {

  /** The Lucene field name, also the name users and filters refer to. */
  String fieldName();

  /** How the field is indexed. */
  FieldKind kind();

  /** Whether matching documents are counted by value (facet). */
  boolean facet();

  /** Whether plain words in a query search this (TEXT) field. */
  boolean searchedByDefault();

  /** The SmartCN twin of a TEXT field. */
  static String smartName(String fieldName) {
    return fieldName + ".sc";
  }
}
