package org.gongshi.archive.entity;

/** Procedural milestones of a penalty case, in the order the law requires them. */
public enum MilestoneKind {
  FILED("立案"),
  INVESTIGATION_ENDED("调查终结"),
  ADVANCE_NOTICE("事先告知"),
  HEARING("听证"),
  LEGAL_REVIEW("法制审核"),
  COLLECTIVE_DISCUSSION("集体讨论"),
  DECIDED("决定"),
  SERVED("送达"),
  EXECUTED("执行完毕"),
  CLOSED("结案");

  public final String label;

  MilestoneKind(String label) {
    this.label = label;
  }

  /** For Facelets EL. */
  public String getLabel() {
    return label;
  }
}
