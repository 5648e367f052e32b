package org.gongshi.search.index;

/** How a schema field is indexed. */
public enum FieldKind {
  /** The unique document id: exact, stored, sortable. */
  ID,
  /** Exact value (agency id, domain, year): term match, stored, optionally counted as a facet. */
  KEYWORD,
  /**
   * An official identifier (case number, decision number, USCC): matched exactly after {@link
   * ChineseAnalysis#normalizeIdentifier(String)}, so 〔〕, [], (), ［］ and （） are equivalent.
   */
  IDENTIFIER,
  /**
   * Chinese text: CJK bigrams under the field name (recall, stored, highlighted) and SmartCN words
   * under {@code name.sc} (ranking).
   */
  TEXT,
  /** A calendar date: range queries, sorting, stored as ISO text. */
  DATE
}
