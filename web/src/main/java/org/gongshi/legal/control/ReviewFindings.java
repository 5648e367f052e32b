package org.gongshi.legal.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongshi.archive.entity.CaseDocument;
import org.gongshi.archive.entity.DocumentType;
import org.gongshi.archive.entity.EnforcementCase;
import org.gongshi.archive.entity.MilestoneKind;
import org.gongshi.catalog.control.DiscretionCheck;
import org.gongshi.legal.entity.CheckItem;
import org.gongshi.legal.entity.Finding;
import org.gongshi.legal.entity.ReviewCheck;
import org.gongshi.organisation.entity.Officer;

/**
 * What Gongshi can tell a legal reviewer from the file, check by check, each finding with a link to
 * where the evidence is (the case page, or the document's text). The reviewer confirms or
 * overrides; the suspected-crime question is always the reviewer's own.
 */
public final class ReviewFindings {
  private ReviewFindings() {}

  /** Documents a decision needs before the legal review (the rest come with the decision). */
  static final List<DocumentType> BEFORE_DECISION =
      List.of(
          DocumentType.FILING_APPROVAL,
          DocumentType.INQUIRY_RECORD,
          DocumentType.EVIDENCE,
          DocumentType.ADVANCE_NOTICE,
          DocumentType.INVESTIGATION_END_REPORT);

  /**
   * What the file says beyond the case itself.
   *
   * @param catalogItemName the power-list item in force for the case's code, empty when none
   * @param discretion the discretion check of the fine, null when the case names no level
   * @param rightsProblem a problem with the party's rights windows, null when none
   */
  public record Context(
      EnforcementCase c,
      LocalDate on,
      Optional<String> catalogItemName,
      DiscretionCheck.Result discretion,
      String rightsProblem) {}

  public static List<ReviewCheck> prefill(Context x) {
    EnforcementCase c = x.c();
    String casePage = "/staff/case.xhtml?id=" + c.getId();
    Map<DocumentType, CaseDocument> docs = new EnumMap<>(DocumentType.class);
    for (CaseDocument d : c.getDocuments())
      if (!d.getFiles().isEmpty()) docs.putIfAbsent(d.getType(), d);
    List<ReviewCheck> out = new ArrayList<>();

    // 1. officers qualified on every date of the case
    LocalDate first = c.getMilestones().getOrDefault(MilestoneKind.FILED, x.on());
    List<String> lapsed = new ArrayList<>();
    for (Officer o : c.getOfficers()) {
      if (!o.isCertificateValidOn(first) || !o.isCertificateValidOn(x.on()))
        lapsed.add(
            o.getName() + "（执法证 " + o.getCertificateNo() + "，有效期至 " + o.getValidUntil() + "）");
    }
    if (c.getOfficers().size() < 2) {
      out.add(
          new ReviewCheck(
              CheckItem.BODY_AND_OFFICERS, Finding.PROBLEM, "承办执法人员不足两名（行政处罚法第四十二条）", casePage));
    } else if (!lapsed.isEmpty()) {
      out.add(
          new ReviewCheck(
              CheckItem.BODY_AND_OFFICERS,
              Finding.PROBLEM,
              "办案期间执法证不在有效期内：" + String.join("、", lapsed),
              casePage));
    } else {
      out.add(
          new ReviewCheck(
              CheckItem.BODY_AND_OFFICERS,
              Finding.OK,
              c.getAgency().getName()
                  + "；执法人员 "
                  + String.join(
                      "、",
                      c.getOfficers().stream()
                          .map(o -> o.getName() + "（" + o.getCertificateNo() + "）")
                          .toList())
                  + " 自立案至今执法证均在有效期内",
              casePage));
    }

    // 2. the power list
    if (c.getCatalogCode() == null) {
      out.add(
          new ReviewCheck(
              CheckItem.NO_ULTRA_VIRES, Finding.PROBLEM, "案件未关联权责清单事项，无法确认职权依据", casePage));
    } else if (x.catalogItemName().isEmpty()) {
      out.add(
          new ReviewCheck(
              CheckItem.NO_ULTRA_VIRES,
              Finding.PROBLEM,
              "本机关 " + x.on() + " 有效的权责清单中没有事项 " + c.getCatalogCode(),
              "/staff/catalog-import.xhtml"));
    } else {
      out.add(
          new ReviewCheck(
              CheckItem.NO_ULTRA_VIRES,
              Finding.OK,
              "属本机关权责清单事项 " + c.getCatalogCode() + "“" + x.catalogItemName().get() + "”",
              casePage));
    }

    // 3. facts and evidence
    CaseDocument evidence = docs.get(DocumentType.EVIDENCE);
    CaseDocument inquiry =
        docs.getOrDefault(DocumentType.INQUIRY_RECORD, docs.get(DocumentType.ON_SITE_INSPECTION));
    if (evidence == null || inquiry == null || blank(c.getViolation())) {
      List<String> missing = new ArrayList<>();
      if (blank(c.getViolation())) missing.add("违法事实");
      if (evidence == null) missing.add(DocumentType.EVIDENCE.label);
      if (inquiry == null) missing.add("询问笔录或现场检查笔录");
      out.add(
          new ReviewCheck(
              CheckItem.FACTS_AND_EVIDENCE,
              Finding.PROBLEM,
              "案卷缺少：" + String.join("、", missing),
              casePage));
    } else {
      out.add(
          new ReviewCheck(
              CheckItem.FACTS_AND_EVIDENCE,
              Finding.OK,
              "违法事实已记载；证据“" + evidence.getTitle() + "”、笔录“" + inquiry.getTitle() + "”已入卷",
              "/staff/document-text.xhtml?id=" + evidence.getId()));
    }

    // 4. law and the discretion benchmark
    if (blank(c.getLegalBasis())) {
      out.add(
          new ReviewCheck(CheckItem.LAW_AND_DISCRETION, Finding.PROBLEM, "案件未记载法律依据", casePage));
    } else if (x.discretion() == null) {
      out.add(
          new ReviewCheck(
              CheckItem.LAW_AND_DISCRETION,
              Finding.PROBLEM,
              "依据：" + c.getLegalBasis() + "；未选择裁量基准档次，无法核对罚款是否在基准范围内",
              casePage));
    } else if (x.discretion().outcome() == DiscretionCheck.Outcome.OK) {
      out.add(
          new ReviewCheck(
              CheckItem.LAW_AND_DISCRETION,
              Finding.OK,
              "依据：" + c.getLegalBasis() + "；罚款在“" + c.getDiscretionLevel() + "”裁量档次范围内",
              casePage));
    } else {
      out.add(
          new ReviewCheck(
              CheckItem.LAW_AND_DISCRETION,
              Finding.PROBLEM,
              "依据："
                  + c.getLegalBasis()
                  + "；"
                  + (x.discretion().outcome() == DiscretionCheck.Outcome.ACCEPTED_WITH_REASON
                      ? "超出裁量档次，书面理由：" + c.getDiscretionReason()
                      : x.discretion().message()),
              casePage));
    }

    // 5. procedure
    List<String> steps = new ArrayList<>();
    for (MilestoneKind k :
        List.of(
            MilestoneKind.FILED, MilestoneKind.INVESTIGATION_ENDED, MilestoneKind.ADVANCE_NOTICE))
      if (!c.getMilestones().containsKey(k)) steps.add("未记录" + k.label);
    if (x.rightsProblem() != null) steps.add(x.rightsProblem());
    out.add(
        steps.isEmpty()
            ? new ReviewCheck(
                CheckItem.PROCEDURE,
                Finding.OK,
                "立案 "
                    + c.getMilestones().get(MilestoneKind.FILED)
                    + "、调查终结 "
                    + c.getMilestones().get(MilestoneKind.INVESTIGATION_ENDED)
                    + "、事先告知 "
                    + c.getMilestones().get(MilestoneKind.ADVANCE_NOTICE)
                    + "，陈述申辩和听证权利已保障",
                casePage)
            : new ReviewCheck(
                CheckItem.PROCEDURE, Finding.PROBLEM, String.join("；", steps), casePage));

    // 6. documents
    List<String> missingDocs =
        BEFORE_DECISION.stream().filter(t -> !docs.containsKey(t)).map(t -> t.label).toList();
    out.add(
        missingDocs.isEmpty()
            ? new ReviewCheck(
                CheckItem.DOCUMENTS,
                Finding.OK,
                "决定前应有文书齐全："
                    + String.join("、", BEFORE_DECISION.stream().map(t -> t.label).toList()),
                casePage)
            : new ReviewCheck(
                CheckItem.DOCUMENTS,
                Finding.PROBLEM,
                "缺少文书：" + String.join("、", missingDocs),
                casePage));

    // 7. suspected crime: the reviewer's judgement
    out.add(
        new ReviewCheck(
            CheckItem.CRIME_TRANSFER, Finding.MANUAL, "须审核人员根据案情判断是否涉嫌犯罪、应否移送司法机关", casePage));
    return out;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
