package org.gongshi.reports.internal;

import java.util.ArrayList;
import java.util.List;
import org.gongshi.reports.model.MajorDecisionFiling;

/** Paragraphs of the 重大行政处罚决定备案报告. */
public final class FilingText {

  private static final String[] ORDINALS = {
    "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"
  };

  private FilingText() {}

  /**
   * @param f the filing
   * @return paragraphs in print order
   */
  public static List<Paragraph> paragraphs(MajorDecisionFiling f) {
    List<Paragraph> out = new ArrayList<>();
    out.add(Paragraph.plain(f.legalOffice() + "："));
    out.add(
        Paragraph.body(
            "根据重大行政执法决定法制审核和备案的有关规定，现将本机关于"
                + ChineseFormat.date(f.decisionDate())
                + "作出的"
                + f.caseTitle()
                + "重大行政处罚决定（"
                + f.decisionNumber()
                + "）报送备案，有关情况报告如下："));
    List<String> items = new ArrayList<>();
    items.add(
        "当事人："
            + f.party().name()
            + (f.party().code() == null
                ? ""
                : "（" + f.party().type().codeLabel() + "：" + f.party().code() + "）")
            + "，住所："
            + f.party().address()
            + "。");
    items.add("立案日期：" + ChineseFormat.date(f.caseFiledOn()) + "。");
    items.add("主要违法事实：" + f.factsSummary());
    items.add(
        "处罚内容："
            + f.penalty()
            + (f.fineAmount() == null ? "" : "（罚款金额¥" + ChineseFormat.money(f.fineAmount()) + "）")
            + "。");
    items.add(
        "法制审核：" + ChineseFormat.date(f.legalReviewDate()) + "经法制审核，审核意见：" + f.legalReviewOpinion());
    items.add(
        "集体讨论："
            + (f.collectiveDiscussionDate() == null
                ? "未经集体讨论。"
                : ChineseFormat.date(f.collectiveDiscussionDate()) + "经本机关负责人集体讨论决定。"));
    items.add("听证：" + (f.hearingHeld() ? "当事人申请听证，已依法组织听证。" : "当事人未申请听证。"));
    items.add(
        "决定日期："
            + ChineseFormat.date(f.decisionDate())
            + "；备案期限："
            + (f.filingDeadline() == null ? "—" : ChineseFormat.date(f.filingDeadline()))
            + (f.late() ? "（逾期报备）" : "")
            + "。");
    for (int i = 0; i < items.size(); i++) {
      out.add(Paragraph.body(ORDINALS[i] + "、" + items.get(i)));
    }
    if (!f.materials().isEmpty()) {
      StringBuilder m = new StringBuilder("附件：");
      for (int i = 0; i < f.materials().size(); i++) {
        m.append(i == 0 ? "" : "\n　　　").append(i + 1).append(". ").append(f.materials().get(i));
      }
      out.add(Paragraph.body(m.toString()));
    }
    out.add(
        Paragraph.closing(
            "联系人："
                + nz(f.contactPerson())
                + (f.contactPhone() == null ? "" : "　　联系电话：" + f.contactPhone()),
            f.agencyName() + "（印章）",
            ChineseFormat.date(f.reportDate())));
    return out;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
