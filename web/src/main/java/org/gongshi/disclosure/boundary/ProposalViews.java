package org.gongshi.disclosure.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongshi.disclosure.control.DecisionText;
import org.gongshi.disclosure.control.StoredSpans;
import org.gongshi.disclosure.control.StoredSpans.StoredSpan;
import org.gongshi.disclosure.entity.DisclosureRecord;
import org.gongshi.portal.entity.PublishedDecision;

/** What the disclosure officer's page and API show of a decision's publication. */
public final class ProposalViews {
  private ProposalViews() {}

  public record SpanView(
      int id,
      int start,
      int end,
      String category,
      String categoryLabel,
      String original,
      String replacement,
      boolean masked) {}

  /** A piece of the decision text: plain, or one span with its mask state. */
  public record Segment(String text, Integer spanId, boolean masked, String category) {}

  public record ProposalView(
      long caseId,
      String caseNumber,
      String decisionNumber,
      LocalDate decidedOn,
      LocalDate deadline,
      String status,
      String statusLabel,
      String notPublishedReason,
      String overrideReason,
      String original,
      List<SpanView> spans,
      List<Segment> segments,
      String publicText,
      boolean approved,
      String approvedBy,
      Instant approvedAt,
      Instant publishedAt,
      Long publishedId,
      String changeKind,
      LocalDate changedOn,
      LocalDate withdrawalDeadline,
      LocalDate repairFrom,
      LocalDate expiresOn,
      String notice,
      boolean fourEyes,
      String approvedByName,
      boolean approverMayNotPublish,
      String reapprovalReason) {}

  /**
   * Who is looking and the agency's four-eyes rule.
   *
   * @param fourEyes the agency's publisher must not be the approver
   * @param username the caller
   * @param approverName the approver's display name, or null
   */
  record Viewer(boolean fourEyes, String username, String approverName) {}

  /** The Chinese name of a span category. */
  static String label(String category) {
    return switch (category) {
      case "ID_NUMBER" -> "身份证号码";
      case "PHONE" -> "电话号码";
      case "BANK_ACCOUNT" -> "银行账号";
      case "ADDRESS" -> "住址";
      case "HEALTH" -> "健康信息";
      case "PLATE" -> "车牌号码";
      case "PARTY_NAME" -> "当事人姓名";
      case "PERSON_NAME" -> "其他自然人姓名";
      case "LOCAL_TERM" -> "本机关遮盖词";
      default -> "人工遮盖";
    };
  }

  /** The record with its text cut into segments at the spans; {@code published} may be null. */
  static ProposalView of(DisclosureRecord r, PublishedDecision published, Viewer viewer) {
    List<SpanView> spans = new ArrayList<>();
    List<Segment> segments = new ArrayList<>();
    String text = r.getProposalText();
    String publicText = null;
    if (text != null) {
      List<StoredSpan> stored = StoredSpans.parse(r.getProposalSpans()); // parsed once
      int cursor = 0;
      for (StoredSpan s : stored) {
        spans.add(
            new SpanView(
                s.id(),
                s.start(),
                s.end(),
                s.category(),
                label(s.category()),
                text.substring(s.start(), s.end()),
                s.replacement(),
                s.masked()));
        if (s.start() > cursor)
          segments.add(new Segment(text.substring(cursor, s.start()), null, false, null));
        segments.add(
            new Segment(
                text.substring(s.start(), s.end()), s.id(), s.masked(), label(s.category())));
        cursor = s.end();
      }
      if (cursor < text.length())
        segments.add(new Segment(text.substring(cursor), null, false, null));
      publicText = StoredSpans.publicText(text, stored);
    }
    PublishedDecision p = published;
    // an approval given under an older text generator does not count (publishing refuses it too)
    boolean approved =
        r.getApprovedText() != null
            && r.getApprovedText().equals(publicText)
            && !r.approvalOutdated(DecisionText.GENERATOR_VERSION);
    return new ProposalView(
        r.getCaseId(),
        r.getCaseNumber(),
        r.getDecisionNumber(),
        r.getDecidedOn(),
        r.getDeadline(),
        r.getStatus().name(),
        r.getStatus().label,
        r.getNotPublishedReason(),
        r.getOverrideReason(),
        text,
        spans,
        segments,
        publicText,
        approved,
        r.getApprovedBy(),
        r.getApprovedAt(),
        r.getPublishedAt(),
        p == null ? null : p.getId(),
        r.getChangeKind(),
        r.getChangedOn(),
        r.getWithdrawalDeadline(),
        p == null ? null : p.getRepairFrom(),
        p == null ? null : p.getExpiresOn(),
        p == null ? null : p.getNotice(),
        viewer.fourEyes(),
        viewer.approverName(),
        viewer.fourEyes() && approved && viewer.username().equals(r.getApprovedBy()),
        r.getReapprovalReason());
  }
}
