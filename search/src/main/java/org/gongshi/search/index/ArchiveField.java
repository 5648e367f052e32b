package org.gongshi.search.index;

/**
 * The internal archive index: one Lucene document per case and per case document ({@link #KIND}
 * {@code case} or {@code document}). Staff only; never reaches a public page.
 */
public enum ArchiveField implements SchemaField {
  ID("id", FieldKind.ID, false, false),
  KIND("kind", FieldKind.KEYWORD, true, false),
  CASE_ID("caseId", FieldKind.KEYWORD, false, false),
  CASE_NUMBER("caseNumber", FieldKind.IDENTIFIER, false, false),
  AGENCY_ID("agencyId", FieldKind.KEYWORD, true, false),
  AGENCY_NAME("agencyName", FieldKind.TEXT, false, true),
  TITLE("title", FieldKind.TEXT, false, true),
  PARTIES("parties", FieldKind.TEXT, false, true),
  USCC("uscc", FieldKind.IDENTIFIER, false, false),
  VIOLATION("violation", FieldKind.TEXT, false, true),
  LEGAL_BASIS("legalBasis", FieldKind.TEXT, false, true),
  DECISION_NUMBER("decisionNumber", FieldKind.IDENTIFIER, false, false),
  DOCUMENT_TYPE("documentType", FieldKind.KEYWORD, true, false),
  CONTENT("content", FieldKind.TEXT, false, true),
  DOMAIN("domain", FieldKind.KEYWORD, true, false),
  PENALTY_TYPES("penaltyTypes", FieldKind.KEYWORD, true, false),
  PROCEDURE("procedure", FieldKind.KEYWORD, true, false),
  YEAR("year", FieldKind.KEYWORD, true, false),
  FILED_DATE("filedDate", FieldKind.DATE, false, false),
  DECISION_DATE("decisionDate", FieldKind.DATE, false, false);

  private final String fieldName;
  private final FieldKind kind;
  private final boolean facet;
  private final boolean searchedByDefault;

  ArchiveField(String fieldName, FieldKind kind, boolean facet, boolean searchedByDefault) {
    this.fieldName = fieldName;
    this.kind = kind;
    this.facet = facet;
    this.searchedByDefault = searchedByDefault;
  }

  @Override
  public String fieldName() {
    return fieldName;
  }

  @Override
  public FieldKind kind() {
    return kind;
  }

  @Override
  public boolean facet() {
    return facet;
  }

  @Override
  public boolean searchedByDefault() {
    return searchedByDefault;
  }
}
