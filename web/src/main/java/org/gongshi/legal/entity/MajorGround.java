package org.gongshi.legal.entity;

/** The grounds of Art. 58 on which an officer marks a case major. */
public enum MajorGround {
  PUBLIC_INTEREST("涉及重大公共利益"),
  HEARING_MAJOR_RIGHTS("直接关系当事人或第三人重大权益，经过听证程序"),
  COMPLEX("案件情况疑难复杂、涉及多个法律关系"),
  OTHER_LAW("法律、法规规定应当进行法制审核");

  public final String label;

  MajorGround(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
