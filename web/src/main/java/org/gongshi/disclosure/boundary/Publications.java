package org.gongshi.disclosure.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gongshi.archive.boundary.CasePdfs;
import org.gongshi.archive.entity.EnforcementCase;
import org.gongshi.calendar.boundary.Calendars;
import org.gongshi.calendar.control.CalendarNotLoadedException;
import org.gongshi.disclosure.control.CaseContext;
import org.gongshi.disclosure.control.DecisionText;
import org.gongshi.disclosure.control.HanLpNameRecogniser;
import org.gongshi.disclosure.control.NameRecogniser;
import org.gongshi.disclosure.control.NameStyle;
import org.gongshi.disclosure.control.PublicCopy;
import org.gongshi.disclosure.control.RedactionProposal;
import org.gongshi.disclosure.control.RedactionRules;
import org.gongshi.disclosure.control.Redactor;
import org.gongshi.disclosure.control.StoredSpans;
import org.gongshi.disclosure.control.StoredSpans.StoredSpan;
import org.gongshi.disclosure.entity.DisclosureRecord;
import org.gongshi.disclosure.entity.DisclosureStatus;
import org.gongshi.organisation.entity.Agency;
import org.gongshi.organisation.entity.AppUser;
import org.gongshi.organisation.entity.Role;
import org.gongshi.platform.DomainException;
import org.gongshi.platform.audit.AuditTrail;
import org.gongshi.portal.entity.PublicationStatus;
import org.gongshi.portal.entity.PublishedDecision;
import org.gongshi.security.CurrentUser;

/**
 * The disclosure officer's steps from decision to the public and back: the redaction proposal,
 * masking, approval, publication, withdrawal and credit repair (the public copy itself is {@link
 * PublicCopies}). Every step is audited; only approved text is ever published (DOMAIN.md §3).
 */
@ApplicationScoped
@Transactional
public class Publications {
  @Inject Clock clock;
  public static final int WITHDRAW_WITHIN_WORKING_DAYS = 3;

  /** One redactor per party-name style (agencies choose theirs); all share one name model. */
  private static final java.util.Map<NameStyle, Redactor> REDACTORS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static volatile NameRecogniser recogniser;

  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject AuditTrail audit;
  @Inject Calendars calendars;
  @Inject PublicCopies copies;
  @Inject LocalRedactionTerms localTerms;

  /**
   * @param unmasked the spans to show in clear; identity and bank numbers cannot be among them
   * @param maskText text to mask wherever it stands
   * @param reason why spans are newly shown in clear (audited); required when there are any
   */
  public record MaskInput(List<Integer> unmasked, String maskText, String reason) {}

  public record OverrideInput(Boolean publish, String reason) {}

  public record ChangeInput(String kind, String changedOn, String note) {}

  public record NoticeInput(String notice) {}

  /** 变更 / 撤销 / 确认违法 / 确认无效 (Art. 48 withdrawal grounds). */
  public enum ChangeKind {
    CHANGED("决定被变更"),
    REVOKED("决定被撤销"),
    CONFIRMED_ILLEGAL("决定被确认违法"),
    VOID("决定被确认无效");

    public final String label;

    ChangeKind(String label) {
      this.label = label;
    }

    public String getLabel() {
      return label;
    }
  }

  // --- the officer's steps -------------------------------------------------------------------

  /**
   * The proposal for the case's decision, drafted on first sight (or again after the decision
   * changed).
   */
  public ProposalViews.ProposalView proposal(long caseId) {
    AppUser u = currentUser.require(Role.DISCLOSURE_OFFICER, Role.ADMIN, Role.LEGAL_OFFICE);
    DisclosureRecord r = record(caseId, u, "VIEW_PROPOSAL");
    ensureProposal(r);
    return view(r);
  }

  /**
   * Keeps the given spans unmasked (all others masked) and masks every occurrence of {@code
   * maskText}.
   */
  public ProposalViews.ProposalView mask(long caseId, MaskInput in) {
    AppUser u = currentUser.require(Role.DISCLOSURE_OFFICER);
    DisclosureRecord r = record(caseId, u, "MASK");
    requireOpen(r);
    ensureProposal(r);
    RedactionProposal p =
        StoredSpans.proposal(r.getProposalText(), StoredSpans.parse(r.getProposalSpans()));
    Set<Integer> unmasked =
        new HashSet<>(in == null || in.unmasked() == null ? List.of() : in.unmasked());
    for (Integer id : unmasked) {
      if (p.span(id).isEmpty()) throw DomainException.invalid("unmasked", "没有编号为 " + id + " 的遮盖区间");
      if (!p.span(id).get().category().liftable())
        throw DomainException.conflict("unmasked", "第 " + id + " 处是身份证件号码或银行账号，其遮盖不能取消");
    }
    Set<Integer> lifted = new HashSet<>(unmasked);
    lifted.removeAll(StoredSpans.unmasked(StoredSpans.parse(r.getProposalSpans())));
    String reason = in == null || in.reason() == null ? "" : in.reason().strip();
    if (!lifted.isEmpty() && reason.length() < 4)
      throw DomainException.invalid("reason", "取消遮盖须说明理由（至少 4 个字），理由记入审计记录");
    String maskText = in == null || in.maskText() == null ? "" : in.maskText().strip();
    int added = 0;
    if (!maskText.isEmpty()) {
      if (maskText.length() > 200) throw DomainException.invalid("maskText", "要遮盖的文字最长 200 字");
      String text = p.original();
      for (int at = text.indexOf(maskText);
          at >= 0;
          at = text.indexOf(maskText, at + maskText.length())) {
        RedactionProposal next = p.withManualSpan(at, at + maskText.length());
        unmasked.removeIf(id -> next.span(id).isEmpty());
        p = next;
        added++;
      }
      if (added == 0) throw DomainException.invalid("maskText", "决定书中没有“" + maskText + "”");
    }
    r.propose(p.original(), StoredSpans.toJson(p, unmasked), Instant.now(clock));
    audit.append(
        u.getUsername(),
        "DISCLOSURE_MASKED",
        "DisclosureRecord",
        r.getId(),
        caseId,
        "不遮盖 "
            + unmasked.size()
            + " 处"
            + (maskText.isEmpty() ? "" : "；增加遮盖“" + maskText + "” " + added + " 处")
            + (lifted.isEmpty() ? "" : "；新取消遮盖 " + lifted.size() + " 处，理由：" + reason));
    return view(r);
  }

  /** Approves the public text as it now reads; publishing takes exactly this text. */
  public ProposalViews.ProposalView approve(long caseId) {
    AppUser u = currentUser.require(Role.DISCLOSURE_OFFICER);
    DisclosureRecord r = record(caseId, u, "APPROVE");
    requireOpen(r);
    ensureProposal(r);
    String text =
        StoredSpans.publicText(r.getProposalText(), StoredSpans.parse(r.getProposalSpans()));
    r.approve(text, u.getUsername(), Instant.now(), DecisionText.GENERATOR_VERSION);
    audit.append(
        u.getUsername(),
        "DISCLOSURE_APPROVED",
        "DisclosureRecord",
        r.getId(),
        caseId,
        "批准公示文本，SHA-256 "
            + PublicCopies.sha256(text)
            + "，遮盖 "
            + (StoredSpans.parse(r.getProposalSpans()).stream().filter(StoredSpan::masked).count())
            + " 处");
    return view(r);
  }

  /**
   * Publishes the approved text (or replaces a published one: a correction, old text kept in the
   * audit trail).
   */
  public ProposalViews.ProposalView publish(long caseId) {
    AppUser u = currentUser.require(Role.DISCLOSURE_OFFICER);
    DisclosureRecord r = record(caseId, u, "PUBLISH");
    requireCurrentApproval(r);
    requireFourEyes(r, u.getUsername());
    copies.publish(r, u.getUsername());
    return view(r);
  }

  /** An approval given for an older text generator does not hold (see {@link DecisionText}). */
  private static void requireCurrentApproval(DisclosureRecord r) {
    if (r.approvalOutdated(DecisionText.GENERATOR_VERSION))
      throw DomainException.conflict("approved", DecisionText.REAPPROVAL_REASON);
  }

  /** With four eyes on for the agency, the approver may not publish (DOMAIN.md §3). */
  private void requireFourEyes(DisclosureRecord r, String publisher) {
    if (fourEyes(r) && publisher.equals(r.getApprovedBy())) {
      throw DomainException.conflict(
          "approvedBy", "本机关实行“四眼原则”：此公示文本由您批准，批准人不能同时发布，须由本机关另一名公示审核员发布");
    }
  }

  private boolean fourEyes(DisclosureRecord r) {
    Agency a = em.find(Agency.class, r.getAgencyId());
    return a == null || a.isFourEyes();
  }

  /** Publishes or withholds against the automatic rule, with the reason on record. */
  public ProposalViews.ProposalView override(long caseId, OverrideInput in) {
    AppUser u = currentUser.require(Role.DISCLOSURE_OFFICER);
    DisclosureRecord r = record(caseId, u, "OVERRIDE");
    if (in == null || in.publish() == null)
      throw DomainException.invalid("publish", "请说明是改为公示（true）还是不予公示（false）");
    String reason = in.reason() == null ? "" : in.reason().strip();
    if (reason.length() < 4 || reason.length() > 400) {
      throw DomainException.invalid("reason", "请填写理由（4–400 字）");
    }
    if (r.getStatus() != DisclosureStatus.PENDING
        && r.getStatus() != DisclosureStatus.NOT_FOR_PUBLICATION) {
      throw DomainException.conflict(
          "status", "该决定" + r.getStatus().label + "，不能再改变是否公示；已公示的请走撤回程序");
    }
    r.override(in.publish(), reason, u.getUsername());
    audit.append(
        u.getUsername(),
        in.publish() ? "DISCLOSURE_OVERRIDE_PUBLISH" : "DISCLOSURE_WITHHELD",
        "DisclosureRecord",
        r.getId(),
        caseId,
        reason);
    return view(r);
  }

  /**
   * Records that the decision was changed, revoked, confirmed illegal or void: withdrawal due in 3
   * working days.
   */
  public ProposalViews.ProposalView recordChange(long caseId, ChangeInput in) {
    AppUser u = currentUser.require(Role.DISCLOSURE_OFFICER);
    DisclosureRecord r = record(caseId, u, "RECORD_CHANGE");
    ChangeKind kind;
    try {
      kind = ChangeKind.valueOf(in == null || in.kind() == null ? "" : in.kind());
    } catch (IllegalArgumentException e) {
      throw DomainException.invalid(
          "kind", "变更类型须为 CHANGED（变更）、REVOKED（撤销）、CONFIRMED_ILLEGAL（确认违法）或 VOID（确认无效）");
    }
    LocalDate on = org.gongshi.platform.Dates.requiredPast("changedOn", in.changedOn());
    if (on.isAfter(LocalDate.now(clock))) throw DomainException.invalid("changedOn", "变更日期不能晚于今天");
    if (r.getDecidedOn() != null && on.isBefore(r.getDecidedOn())) {
      throw DomainException.invalid("changedOn", "变更日期不能早于决定日期 " + r.getDecidedOn());
    }
    LocalDate deadline;
    try {
      deadline = calendars.current().addWorkingDays(on, WITHDRAW_WITHIN_WORKING_DAYS);
    } catch (CalendarNotLoadedException e) {
      deadline = null;
    }
    r.changed(kind.name(), on, deadline);
    if (r.getStatus() == DisclosureStatus.PENDING) {
      r.override(
          false,
          kind.label + "，不再公示" + (in.note() == null ? "" : "：" + in.note()),
          u.getUsername());
    }
    audit.append(
        u.getUsername(),
        "DECISION_CHANGE_RECORDED",
        "DisclosureRecord",
        r.getId(),
        caseId,
        kind.label
            + "，"
            + on
            + (deadline == null ? "" : "，撤回期限 " + deadline)
            + (in.note() == null ? "" : "；" + in.note()));
    return view(r);
  }

  /** Withdraws a published decision with its public explanation. */
  public ProposalViews.ProposalView withdraw(long caseId, NoticeInput in) {
    AppUser u = currentUser.require(Role.DISCLOSURE_OFFICER);
    DisclosureRecord r = record(caseId, u, "WITHDRAW");
    String notice = notice(in);
    if (r.getStatus() != DisclosureStatus.PUBLISHED)
      throw DomainException.conflict("status", "该决定" + r.getStatus().label + "，没有可撤回的公示");
    copies.end(
        r,
        DisclosureStatus.WITHDRAWN,
        PublicationStatus.WITHDRAWN,
        notice,
        u.getUsername(),
        "DISCLOSURE_WITHDRAWN");
    return view(r);
  }

  /**
   * Takes a publication down early after a credit repair approved for the party (not before the
   * minimum period).
   */
  public ProposalViews.ProposalView creditRepair(long caseId, NoticeInput in) {
    AppUser u = currentUser.require(Role.DISCLOSURE_OFFICER);
    DisclosureRecord r = record(caseId, u, "CREDIT_REPAIR");
    if (r.getStatus() != DisclosureStatus.PUBLISHED)
      throw DomainException.conflict("status", "该决定" + r.getStatus().label + "，没有公示中的信息");
    PublishedDecision p = copies.published(r);
    LocalDate today = LocalDate.now(clock);
    if (p.getRepairFrom() != null && today.isBefore(p.getRepairFrom())) {
      throw DomainException.conflict(
          "repairFrom", "最短公示期至 " + p.getRepairFrom().minusDays(1) + "，届满前不能因信用修复提前撤下");
    }
    String note =
        in == null || in.notice() == null || in.notice().isBlank()
            ? ""
            : "（" + in.notice().strip() + "）";
    copies.end(
        r,
        DisclosureStatus.TAKEN_DOWN,
        PublicationStatus.TAKEN_DOWN,
        "当事人已完成信用修复，依法提前停止公示" + note,
        u.getUsername(),
        "DISCLOSURE_CREDIT_REPAIRED");
    return view(r);
  }

  /**
   * Demo data: proposes, approves as {@code approver} and publishes as {@code publisher}, the way
   * officers would (own transaction; the four-eyes rule holds).
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void publishAs(long caseId, String approver, String publisher) {
    DisclosureRecord r =
        em.createNamedQuery(DisclosureRecord.BY_CASE, DisclosureRecord.class)
            .setParameter("caseId", caseId)
            .getSingleResult();
    ensureProposal(r);
    r.approve(
        StoredSpans.publicText(r.getProposalText(), StoredSpans.parse(r.getProposalSpans())),
        approver,
        Instant.now(clock),
        DecisionText.GENERATOR_VERSION);
    audit.append(
        approver, "DISCLOSURE_APPROVED", "DisclosureRecord", r.getId(), caseId, "批准公示文本（演示数据）");
    requireFourEyes(r, publisher);
    copies.publish(r, publisher);
  }

  /**
   * Approvals of unpublished decisions given for an older text generator no longer hold: each
   * returns to "needs approval" with the reason (audited). Returns how many.
   */
  public int requireReapprovalOfOutdated() {
    List<DisclosureRecord> outdated =
        em.createQuery(
                "SELECT r FROM DisclosureRecord r WHERE r.status = :s AND r.approvedText IS NOT NULL"
                    + " AND (r.approvedGenerator IS NULL OR r.approvedGenerator <> :v)",
                DisclosureRecord.class)
            .setParameter("s", DisclosureStatus.PENDING)
            .setParameter("v", DecisionText.GENERATOR_VERSION)
            .getResultList();
    outdated.forEach(this::markOutdated);
    return outdated.size();
  }

  private void markOutdated(DisclosureRecord r) {
    r.requireReapproval(DecisionText.REAPPROVAL_REASON);
    audit.append(
        currentUser.name(),
        "DISCLOSURE_REAPPROVAL_REQUIRED",
        "DisclosureRecord",
        r.getId(),
        r.getCaseId(),
        DecisionText.REAPPROVAL_REASON);
  }

  // --- internals -------------------------------------------------------------------------------

  /**
   * The caller's record for the case; another agency's case is not found (and the attempt audited).
   */
  private DisclosureRecord record(long caseId, AppUser u, String action) {
    DisclosureRecord r =
        em.createNamedQuery(DisclosureRecord.BY_CASE, DisclosureRecord.class)
            .setParameter("caseId", caseId)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (r != null && !currentUser.mayRead(r.getAgencyId())) {
      audit.appendRefusal(
          u.getUsername(), "REFUSED_" + action, "DisclosureRecord", r.getId(), caseId, "不属于本机关的案件");
      r = null;
    }
    if (r == null) throw DomainException.notFound("未找到该案件的公示记录，或不属于您所在的执法机关");
    return r;
  }

  private static void requireOpen(DisclosureRecord r) {
    if (r.getStatus() == DisclosureStatus.WITHDRAWN
        || r.getStatus() == DisclosureStatus.TAKEN_DOWN) {
      throw DomainException.conflict("status", "该决定" + r.getStatus().label + "，不能再修改公示文本");
    }
  }

  private static String notice(NoticeInput in) {
    String notice = in == null || in.notice() == null ? "" : in.notice().strip();
    if (notice.length() < 10 || notice.length() > 2000) {
      throw DomainException.invalid("notice", "请填写向公众说明的撤回理由（10–2000 字），例如决定被复议机关撤销的文号");
    }
    return notice;
  }

  /** Drafts the proposal when there is none, or when the decision's text has changed since. */
  private void ensureProposal(DisclosureRecord r) {
    if (r.getStatus() == DisclosureStatus.PENDING
        && r.approvalOutdated(DecisionText.GENERATOR_VERSION)) markOutdated(r);
    EnforcementCase c = em.find(EnforcementCase.class, r.getCaseId());
    DecisionText text = PublicCopy.decisionText(c, CasePdfs.penaltyDecision(c));
    CaseContext context = context(c);
    String rules = rulesKey(c.getAgency(), context);
    boolean sameText = text.text().equals(r.getProposalText());
    // the agency's rules changed since the draft: redraft what is not public yet
    boolean rulesChanged =
        r.getStatus() == DisclosureStatus.PENDING
            && r.getProposalRules() != null
            && !rules.equals(r.getProposalRules());
    if (sameText && !rulesChanged) {
      if (r.getProposalRules() == null) r.draftedUnder(rules);
      return;
    }
    RedactionProposal p = redactor(c.getAgency()).propose(text.text(), context);
    boolean wasApproved = r.getApprovedText() != null;
    r.propose(text.text(), StoredSpans.toJson(p, Set.of()), Instant.now(clock));
    r.draftedUnder(rules);
    if (wasApproved)
      r.requireReapproval(
          sameText ? "本机关的遮盖规则在批准后有变化，已按新规则重新生成遮盖建议，须重新核对并批准" : "处罚决定内容在批准后有变化，须重新核对遮盖并批准");
    audit.append(
        currentUser.name(),
        "DISCLOSURE_PROPOSED",
        "DisclosureRecord",
        r.getId(),
        r.getCaseId(),
        "生成遮盖建议 " + p.spans().size() + " 处");
  }

  /** The agency's local rules as one fingerprint: style, legal representative, terms. */
  static String rulesKey(Agency a, CaseContext context) {
    String key =
        a.getPartyNameStyle()
            + "|"
            + a.isKeepLegalRepresentative()
            + "|"
            + new java.util.TreeSet<>(context.keepTerms())
            + "|"
            + new java.util.TreeSet<>(context.maskTerms());
    return org.gongshi.platform.store.ContentStore.sha256Hex(
        key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** What the case knows about the people it names, with the agency's local terms. */
  private CaseContext context(EnforcementCase c) {
    LocalRedactionTerms.Terms t = localTerms.of(c.getAgency().getId());
    return PublicCopy.contextOf(c, c.getAgency().isKeepLegalRepresentative())
        .withLocalTerms(Set.copyOf(t.keep()), Set.copyOf(t.mask()));
  }

  private ProposalViews.ProposalView view(DisclosureRecord r) {
    String approver =
        r.getApprovedBy() == null
            ? null
            : em.createNamedQuery(AppUser.BY_NAME, AppUser.class)
                .setParameter("username", r.getApprovedBy())
                .getResultStream()
                .findFirst()
                .map(a -> a.getDisplayName() + "（" + a.getUsername() + "）")
                .orElse(r.getApprovedBy());
    return ProposalViews.of(
        r,
        copies.find(r).orElse(null),
        new ProposalViews.Viewer(fourEyes(r), currentUser.name(), approver));
  }

  /** What a title check looked at and what it corrected. */
  public record TitleCheck(int checked, int corrected) {}

  /**
   * Decisions published before 违法行为类型 was masked carry the case's raw title: each published
   * decision not yet checked is looked at once, and one whose title shows personal data gets the
   * masked title (the power-list item's name where there is one), audited, and the public index
   * follows. Every row looked at is marked checked, so the next start looks at none of them.
   */
  public TitleCheck checkPublishedTitles() {
    int corrected = 0;
    // loaded: only the unchecked rows whose 违法行为类型 is still the case's title
    List<Object[]> candidates =
        em.createQuery(
                "SELECT p, r, c FROM PublishedDecision p, DisclosureRecord r, EnforcementCase c"
                    + " WHERE p.status = :s AND p.titleChecked = false"
                    + " AND r.id = p.disclosureId AND c.id = r.caseId AND p.violationType = c.title",
                Object[].class)
            .setParameter("s", PublicationStatus.PUBLISHED)
            .getResultList();
    for (Object[] row : candidates) {
      PublishedDecision p = (PublishedDecision) row[0];
      EnforcementCase c = (EnforcementCase) row[2];
      p.titleChecked();
      String masked =
          copies.violationType(
              c,
              ((DisclosureRecord) row[1]).getDecidedOn(),
              redactor(c.getAgency()).proposeTitle(c.getTitle(), context(c)).apply());
      if (masked.equals(p.getViolationType())) continue;
      copies.correctViolationType((DisclosureRecord) row[1], p, masked);
      corrected++;
    }
    em.flush();
    // the other unchecked rows carry an item's name or a masked title already: marked in one go
    int others =
        em.createQuery(
                "UPDATE PublishedDecision p SET p.titleChecked = true"
                    + " WHERE p.status = :s AND p.titleChecked = false")
            .setParameter("s", PublicationStatus.PUBLISHED)
            .executeUpdate();
    return new TitleCheck(candidates.size() + others, corrected);
  }

  /** The start-up title check, run now (administrators). */
  public TitleCheck checkPublishedTitlesNow() {
    currentUser.require(Role.ADMIN);
    return checkPublishedTitles();
  }

  /** The agency's local rule for the party's name (DOMAIN.md §3), default 张某某. */
  static Redactor redactor(Agency agency) {
    NameStyle style = NameStyle.of(agency.getPartyNameStyle());
    return REDACTORS.computeIfAbsent(
        style == null ? NameStyle.FIRST_CHAR : style,
        s -> new Redactor(RedactionRules.defaults().withPartyNameStyle(s), recogniser()));
  }

  private static NameRecogniser recogniser() {
    NameRecogniser r = recogniser;
    if (r == null) {
      synchronized (Publications.class) {
        if (recogniser == null) recogniser = new HanLpNameRecogniser();
        r = recogniser;
      }
    }
    return r;
  }
}
