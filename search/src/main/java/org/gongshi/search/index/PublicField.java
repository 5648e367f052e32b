package org.gongshi.search.index;

/**
 * The public index: published, redacted penalty decisions ({@link #KIND} {@code decision}) and
 * power-list items ({@code powerItem}). Holds only what a disclosure officer published.
 */
public enum PublicField implements SchemaField {
  ID("id", FieldKind.ID, false, false),
  KIND("kind", FieldKind.KEYWORD, true, false),
  AGENCY_ID("agencyId", FieldKind.KEYWORD, true, false),
  AGENCY_NAME("agencyName", FieldKind.TEXT, false, true),
  TITLE("title", FieldKind.TEXT, false, true),
  DECISION_NUMBER("decisionNumber", FieldKind.IDENTIFIER, false, false),
  ITEM_CODE("itemCode", FieldKind.IDENTIFIER, false, false),
  ITEM_CATEGORY("itemCategory", FieldKind.KEYWORD, true, false),
  PARTIES("parties", FieldKind.TEXT, false, true),
  USCC("uscc", FieldKind.IDENTIFIER, false, false),
  VIOLATION("violation", FieldKind.TEXT, false, true),
  /** 违法行为类别 from the synonym list's categories (违法建设, 占道经营…). */
  VIOLATION_CATEGORY("violationCategory", FieldKind.KEYWORD, true, false),
  /** 罚款金额 band (1万至10万元…), for the amount filter. */
  FINE_BAND("fineBand", FieldKind.KEYWORD, true, false),
  LEGAL_BASIS("legalBasis", FieldKind.TEXT, false, true),
  CONTENT("content", FieldKind.TEXT, false, true),
  DOMAIN("domain", FieldKind.KEYWORD, true, false),
  PENALTY_TYPES("penaltyTypes", FieldKind.KEYWORD, true, false),
  PROCEDURE("procedure", FieldKind.KEYWORD, true, false),
  YEAR("year", FieldKind.KEYWORD, true, false),
  DECISION_DATE("decisionDate", FieldKind.DATE, false, false),
  PUBLISHED_DATE("publishedDate", FieldKind.DATE, false, false);

  private final String fieldName;
  private final FieldKind kind;
  private final boolean facet;
  private final boolean searchedByDefault;

  PublicField(String fieldName, FieldKind kind, boolean facet, boolean searchedByDefault) {
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
