package org.gongshi.organisation.entity;

/** Staff roles; names are the role names Elytron reads from app_user_role. */
public enum Role {
  CASE_OFFICER("执法人员"),
  DISCLOSURE_OFFICER("公示审核员"),
  LEGAL_REVIEWER("法制审核员"),
  LEGAL_OFFICE("司法局备案审查"),
  CASE_REVIEWER("案卷评查员"),
  ADMIN("系统管理员");

  public final String label;

  Role(String label) {
    this.label = label;
  }

  /** For Facelets EL. */
  public String getLabel() {
    return label;
  }
}
