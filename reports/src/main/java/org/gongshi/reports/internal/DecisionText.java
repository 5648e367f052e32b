package org.gongshi.reports.internal;

import java.util.ArrayList;
import java.util.List;
import org.gongshi.reports.model.Party;
import org.gongshi.reports.model.PenaltyDecision;

/** Turns a {@link PenaltyDecision} into the paragraphs of the decision document (Art. 59). */
public final class DecisionText {

  private DecisionText() {}

  /**
   * @param d the decision
   * @return paragraphs in print order
   */
  public static List<Paragraph> paragraphs(PenaltyDecision d) {
    List<Paragraph> out = new ArrayList<>();
    for (Party p : d.parties()) {
      party(out, p);
    }

    out.add(Paragraph.body(d.facts()));
    if (!d.evidence().isEmpty()) {
      StringBuilder ev = new StringBuilder("以上事实有以下证据证明：");
      for (int i = 0; i < d.evidence().size(); i++) {
        ev.append('\n').append(i + 1).append(". ").append(d.evidence().get(i));
      }
      out.add(Paragraph.body(ev.toString()));
    }
    StringBuilder reason = new StringBuilder();
    if (d.violatedProvisions() != null && !d.violatedProvisions().isBlank()) {
      reason.append("当事人的上述行为违反了").append(d.violatedProvisions()).append("的规定。");
    }
    if (d.discretionReasons() != null && !d.discretionReasons().isBlank()) {
      reason.append(d.discretionReasons());
    }
    reason.append("依据").append(d.penaltyBasis()).append("的规定，本机关决定对当事人作出如下行政处罚：");
    out.add(Paragraph.body(reason.toString()));
    List<String> pen = d.penalties();
    for (int i = 0; i < pen.size(); i++) {
      String end = i == pen.size() - 1 ? "。" : "；";
      out.add(Paragraph.body((pen.size() > 1 ? (i + 1) + ". " : "") + trimEnd(pen.get(i)) + end));
    }
    if (d.fineAmount() != null && d.fineAmount().signum() > 0) {
      out.add(Paragraph.body(paymentClause(d)));
    }
    out.add(Paragraph.body(remedyClause(d)));
    out.add(
        Paragraph.closing(
            "当事人对行政处罚决定不服申请行政复议或者提起行政诉讼的，行政处罚不停止执行，法律另有规定的除外。"
                + (d.fineAmount() != null && d.fineAmount().signum() > 0
                    ? "当事人逾期不申请行政复议、不提起行政诉讼，又不履行本行政处罚决定的，本机关将依法申请人民法院强制执行。"
                    : ""),
            d.agencyName() + "（印章）",
            ChineseFormat.date(d.decisionDate())));
    return out;
  }

  // every party the same way: name, code, representative, address
  private static void party(List<Paragraph> out, Party p) {
    out.add(Paragraph.plain("当事人：" + p.name()));
    if (p.code() != null && !p.code().isBlank()) {
      out.add(Paragraph.plain(p.type().codeLabel() + "：" + p.code()));
    }
    if (p.type().representativeLabel() != null && p.legalRepresentative() != null) {
      out.add(Paragraph.plain(p.type().representativeLabel() + "：" + p.legalRepresentative()));
    }
    out.add(
        Paragraph.plain(
            (p.type() == Party.PartyType.NATURAL_PERSON ? "住址：" : "住所：") + p.address()));
  }

  private static String paymentClause(PenaltyDecision d) {
    StringBuilder s =
        new StringBuilder("当事人应当自收到本决定书之日起")
            .append(days(d.paymentDays()))
            .append("日内，将罚款人民币")
            .append(ChineseFormat.uppercase(d.fineAmount()))
            .append("（¥")
            .append(ChineseFormat.money(d.fineAmount()))
            .append("）缴至");
    PenaltyDecision.PaymentInstructions pay = d.payment();
    if (pay != null) {
      s.append(pay.bankName())
          .append("（户名：")
          .append(pay.accountName())
          .append("，账号：")
          .append(pay.account())
          .append("）");
    } else {
      s.append("指定的银行或者通过电子支付系统缴纳");
    }
    s.append("。到期不缴纳罚款的，本机关可以每日按罚款数额的百分之三加处罚款，加处罚款的数额不超过罚款的数额。");
    return s.toString();
  }

  /** Reconsideration 60 days / litigation 6 months; simple procedure: reconsideration first. */
  private static String remedyClause(PenaltyDecision d) {
    if (d.procedure() == PenaltyDecision.Procedure.SIMPLE) {
      return "当事人如不服本行政处罚决定，应当自收到本决定书之日起六十日内向"
          + d.reconsiderationBody()
          + "申请行政复议；对行政复议决定不服的，可以自收到行政复议决定书之日起十五日内依法向人民法院提起行政诉讼。";
    }
    return "当事人如不服本行政处罚决定，可以自收到本决定书之日起六十日内向"
        + d.reconsiderationBody()
        + "申请行政复议，也可以自收到本决定书之日起六个月内依法向"
        + (d.court() == null ? "人民法院" : d.court())
        + "提起行政诉讼。";
  }

  private static String trimEnd(String s) {
    String t = s.strip();
    while (!t.isEmpty() && "。；;.".indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1);
    }
    return t;
  }

  /** Small numbers in Chinese (十五), others in digits. */
  static String days(int n) {
    String digits = "零一二三四五六七八九";
    if (n < 10) {
      return String.valueOf(digits.charAt(n));
    }
    if (n < 100) {
      return (n / 10 == 1 ? "" : String.valueOf(digits.charAt(n / 10)))
          + "十"
          + (n % 10 == 0 ? "" : String.valueOf(digits.charAt(n % 10)));
    }
    return String.valueOf(n);
  }
}
