package org.gongshi.portal.entity;

/** Where a published decision stands on the portal. */
public enum PublicationStatus {
  /** Public: text, PDF, search, feeds, open data. */
  PUBLISHED("公示中"),
  /**
   * Withdrawn after the decision was changed, revoked, confirmed illegal or void; a notice stays.
   */
  WITHDRAWN("已撤下"),
  /** Publication period over, or taken down early after an approved credit repair. */
  TAKEN_DOWN("公示期满或信用修复已撤下");

  public final String label;

  PublicationStatus(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
