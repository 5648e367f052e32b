package org.gongshi.archive.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * The document catalog (文书目录). Declaration order is the archive order of a penalty file (DOMAIN.md
 * §5); {@link #requiredFor} lists what each procedure needs before sealing.
 */
public enum DocumentType {
  FILING_APPROVAL("立案审批表"),
  ON_SITE_INSPECTION("现场检查笔录"),
  INQUIRY_RECORD("询问笔录"),
  EVIDENCE("证据材料"),
  ADVANCE_NOTICE("行政处罚事先告知书"),
  HEARING_RECORD("听证笔录"),
  INVESTIGATION_END_REPORT("调查终结报告"),
  LEGAL_REVIEW_OPINION("法制审核意见书"),
  COLLECTIVE_DISCUSSION("集体讨论记录"),
  DECISION("行政处罚决定书"),
  SIMPLE_DECISION("当场行政处罚决定书"),
  SERVICE_RECEIPT("送达回证"),
  EXECUTION_RECEIPT("执行凭证"),
  CLOSING_REPORT("结案报告"),
  REFERENCE_SHEET("备考表"),
  OTHER("其他材料");

  public final String label;

  DocumentType(String label) {
    this.label = label;
  }

  public static Set<DocumentType> requiredFor(Procedure procedure) {
    return switch (procedure) {
      case SIMPLE -> EnumSet.of(SIMPLE_DECISION, EVIDENCE);
      case GENERAL ->
          EnumSet.of(
              FILING_APPROVAL,
              INQUIRY_RECORD,
              EVIDENCE,
              ADVANCE_NOTICE,
              INVESTIGATION_END_REPORT,
              DECISION,
              SERVICE_RECEIPT,
              CLOSING_REPORT,
              REFERENCE_SHEET);
    };
  }

  /** For Facelets EL. */
  public String getLabel() {
    return label;
  }
}
