package org.gongshi.disclosure.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongshi.reports.model.Party;
import org.gongshi.reports.model.PenaltyDecision;

/**
 * A 决定书 as one plain text (what the disclosure officer reviews and the portal shows), with the
 * place of every field, so that the approved masking also yields the redacted fields of the public
 * PDF and the open-data columns: one masking, every output.
 */
public final class DecisionText {

  /**
   * The version of the layout below. 1: the decision's own party only; 2: every party of the case
   * and the title (案由). An approval given for another version must be given again.
   */
  public static final int GENERATOR_VERSION = 2;

  /** Why an approval of another version no longer holds, as the officer reads it. */
  public static final String REAPPROVAL_REASON =
      "公示文本的生成规则已更新（现列出全部当事人和案由），原批准的文本不含这些内容，须重新核对遮盖并批准后才能公示";

  private final PenaltyDecision decision;
  private final String text;
  private final Map<String, int[]> fields;

  private final List<Party> others;

  private DecisionText(
      PenaltyDecision decision, String text, Map<String, int[]> fields, List<Party> others) {
    this.decision = decision;
    this.text = text;
    this.fields = fields;
    this.others = others;
  }

  /** Lays the decision out in the order of the printed 决定书. */
  public static DecisionText of(PenaltyDecision d) {
    return of(d, null, List.of());
  }

  /**
   * Lays the decision out in the order of the printed 决定书, with every party of the case (the
   * decision's own first, then {@code others}) and the case title (案由), so that the one approved
   * masking also yields each party's public fields and the public 违法行为类型.
   */
  public static DecisionText of(PenaltyDecision d, String title, List<Party> others) {
    Builder b = new Builder();
    b.line(null, d.agencyName());
    b.line(null, "行政处罚决定书");
    b.line("decisionNumber", d.decisionNumber());
    party(b, "party.", d.party());
    List<Party> more = others == null ? List.of() : List.copyOf(others);
    for (int i = 0; i < more.size(); i++) {
      party(b, "party" + (i + 1) + ".", more.get(i));
    }
    if (title != null && !title.isBlank()) b.labelled("案由：", "title", title);
    b.labelled("违法事实：", "facts", d.facts());
    for (int i = 0; i < d.evidence().size(); i++)
      b.labelled(i == 0 ? "证据：" : "　　　", "evidence." + i, d.evidence().get(i));
    if (d.violatedProvisions() != null) b.labelled("违反规定：", "violated", d.violatedProvisions());
    b.labelled("处罚依据：", "basis", d.penaltyBasis());
    for (int i = 0; i < d.penalties().size(); i++)
      b.labelled(i == 0 ? "处罚内容：" : "　　　　　", "penalty." + i, d.penalties().get(i));
    b.line(
        null,
        "如不服本决定，可以在收到本决定书之日起六十日内向"
            + d.reconsiderationBody()
            + "申请行政复议，"
            + (d.procedure() == PenaltyDecision.Procedure.SIMPLE
                ? "对复议决定不服的，可以依法提起行政诉讼。"
                : "或者在六个月内依法向" + d.court() + "提起行政诉讼。"));
    b.line(null, d.agencyName());
    b.line(
        null,
        d.decisionDate().getYear()
            + "年"
            + d.decisionDate().getMonthValue()
            + "月"
            + d.decisionDate().getDayOfMonth()
            + "日");
    return new DecisionText(d, b.out.toString(), b.fields, more);
  }

  private static void party(Builder b, String prefix, Party p) {
    b.labelled("当事人：", prefix + "name", p.name());
    if (p.code() != null && !p.code().isBlank())
      b.labelled(p.type().codeLabel() + "：", prefix + "code", p.code());
    if (p.legalRepresentative() != null
        && !p.legalRepresentative().isBlank()
        && p.type().representativeLabel() != null) {
      b.labelled(
          p.type().representativeLabel() + "：", prefix + "representative", p.legalRepresentative());
    }
    if (p.address() != null && !p.address().isBlank()) {
      b.labelled(
          p.type() == Party.PartyType.NATURAL_PERSON ? "住址：" : "住所：",
          prefix + "address",
          p.address());
    }
  }

  /** The public title (案由), masked as approved; null when the text has none. */
  public String title(RedactionProposal p, Set<Integer> unmasked) {
    return field("title", p, unmasked);
  }

  /** Every party's public name, the decision's own first, masked as approved. */
  public List<String> partyNames(RedactionProposal p, Set<Integer> unmasked) {
    List<String> names = new ArrayList<>();
    names.add(field("party.name", p, unmasked));
    for (int i = 0; i < others.size(); i++)
      names.add(field("party" + (i + 1) + ".name", p, unmasked));
    return names;
  }

  public String text() {
    return text;
  }

  /**
   * The field as the public sees it: every masked span inside it (or crossing into it) replaced.
   */
  public String field(String name, RedactionProposal p, Set<Integer> unmasked) {
    int[] r = fields.get(name);
    if (r == null) return null;
    StringBuilder out = new StringBuilder();
    int cursor = r[0];
    for (Span s : p.spans()) {
      if (unmasked.contains(s.id()) || !s.overlaps(r[0], r[1])) continue;
      int from = Math.max(s.start(), r[0]);
      if (from > cursor) out.append(text, cursor, from);
      if (s.start() >= r[0] || cursor == r[0]) out.append(s.replacement());
      cursor = Math.max(cursor, Math.min(s.end(), r[1]));
    }
    if (cursor < r[1]) out.append(text, cursor, r[1]);
    return out.toString();
  }

  /** The decision with every field redacted as approved: the input of the 公示版 PDF. */
  public PenaltyDecision redacted(RedactionProposal p, Set<Integer> unmasked) {
    if (!p.original().equals(text))
      throw new IllegalArgumentException("the proposal is of another text");
    Party publicParty = redacted(decision.party(), "party.", p, unmasked);
    List<Party> publicOthers = new ArrayList<>();
    for (int i = 0; i < others.size(); i++)
      publicOthers.add(redacted(others.get(i), "party" + (i + 1) + ".", p, unmasked));
    List<String> evidence = new ArrayList<>();
    for (int i = 0; i < decision.evidence().size(); i++)
      evidence.add(field("evidence." + i, p, unmasked));
    List<String> penalties = new ArrayList<>();
    for (int i = 0; i < decision.penalties().size(); i++)
      penalties.add(field("penalty." + i, p, unmasked));
    return new PenaltyDecision(
        decision.decisionNumber(),
        decision.agencyName(),
        decision.procedure(),
        publicParty,
        field("facts", p, unmasked),
        evidence,
        field("violated", p, unmasked),
        field("basis", p, unmasked),
        decision.discretionReasons(),
        penalties,
        decision.fineAmount(),
        null,
        decision.paymentDays(),
        decision.reconsiderationBody(),
        decision.court(),
        decision.decisionDate(),
        publicOthers);
  }

  // a party's fields as the public sees them, each masked as approved
  private Party redacted(Party party, String prefix, RedactionProposal p, Set<Integer> unmasked) {
    return new Party(
        party.type(),
        field(prefix + "name", p, unmasked),
        field(prefix + "code", p, unmasked),
        field(prefix + "representative", p, unmasked),
        party.address().isBlank() ? "" : field(prefix + "address", p, unmasked));
  }

  private static final class Builder {
    final StringBuilder out = new StringBuilder();
    final Map<String, int[]> fields = new LinkedHashMap<>();

    void line(String field, String value) {
      if (field != null) fields.put(field, new int[] {out.length(), out.length() + value.length()});
      out.append(value).append('\n');
    }

    void labelled(String label, String field, String value) {
      out.append(label);
      line(field, value == null ? "" : value);
    }
  }
}
