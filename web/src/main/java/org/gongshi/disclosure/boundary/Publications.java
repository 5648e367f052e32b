package org.gongshi.disclosure.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongshi.archive.boundary.CaseDocuments;
import org.gongshi.archive.entity.EnforcementCase;
import org.gongshi.archive.entity.Party;
import org.gongshi.archive.entity.PartyKind;
import org.gongshi.archive.entity.Penalty;
import org.gongshi.archive.entity.PenaltyKind;
import org.gongshi.calendar.boundary.Calendars;
import org.gongshi.calendar.control.CalendarNotLoadedException;
import org.gongshi.catalog.boundary.Catalogs;
import org.gongshi.disclosure.control.CaseContext;
import org.gongshi.disclosure.control.DecisionText;
import org.gongshi.disclosure.control.NameStyle;
import org.gongshi.disclosure.control.PublicationPeriod;
import org.gongshi.disclosure.control.RedactionProposal;
import org.gongshi.disclosure.control.RedactionRules;
import org.gongshi.disclosure.control.Redactor;
import org.gongshi.disclosure.control.Span;
import org.gongshi.disclosure.control.SpanCategory;
import org.gongshi.disclosure.entity.DisclosureRecord;
import org.gongshi.disclosure.entity.DisclosureStatus;
import org.gongshi.organisation.entity.AppUser;
import org.gongshi.organisation.entity.Officer;
import org.gongshi.organisation.entity.Role;
import org.gongshi.platform.DomainException;
import org.gongshi.platform.audit.AuditTrail;
import org.gongshi.platform.store.ContentStore;
import org.gongshi.portal.entity.PartyCategory;
import org.gongshi.portal.entity.PublicationChanged;
import org.gongshi.portal.entity.PublicationStatus;
import org.gongshi.portal.entity.PublishedDecision;
import org.gongshi.reports.DecisionVariant;
import org.gongshi.reports.ReportRenderer;
import org.gongshi.reports.model.PenaltyDecision;
import org.gongshi.security.CurrentUser;

/**
 * From decision to the public and back: the redaction proposal, the officer's masking, approval,
 * publication (public copy, 公示版 PDF, public index), withdrawal, the publication period and credit
 * repair. Every step is audited; only approved text is ever published (DOMAIN.md §3).
 */
@ApplicationScoped
@Transactional
public class Publications {
  public static final int WITHDRAW_WITHIN_WORKING_DAYS = 3;
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final Set<PenaltyKind> HEAVY =
      EnumSet.of(
          PenaltyKind.SUSPEND_LICENCE,
          PenaltyKind.REVOKE_LICENCE,
          PenaltyKind.LOWER_QUALIFICATION,
          PenaltyKind.RESTRICT_BUSINESS,
          PenaltyKind.SUSPEND_BUSINESS,
          PenaltyKind.CLOSE,
          PenaltyKind.RESTRICT_PRACTICE,
          PenaltyKind.DETENTION);
  private static final Jsonb JSON = JsonbBuilder.create();
  private static final ReportRenderer RENDERER = new ReportRenderer();
  private static volatile Redactor redactor;

  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject AuditTrail audit;
  @Inject ContentStore contentStore;
  @Inject Calendars calendars;
  @Inject Catalogs catalogs;
  @Inject Event<PublicationChanged> changes;

  @Inject
  @ConfigProperty(name = "gongshi.redaction.party-name-style", defaultValue = "FIRST_CHAR")
  String partyNameStyle;

  /** A span as stored with the record: the proposal's span and whether it stays masked. */
  public record StoredSpan(
      int id, int start, int end, String category, String replacement, boolean masked) {}

  public record SpanView(
      int id,
      int start,
      int end,
      String category,
      String categoryLabel,
      String original,
      String replacement,
      boolean masked) {}

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
      String notice) {}

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
  public ProposalView proposal(long caseId) {
    AppUser u = currentUser.require(Role.DISCLOSURE_OFFICER, Role.ADMIN, Role.LEGAL_OFFICE);
    DisclosureRecord r = record(caseId, u, "VIEW_PROPOSAL");
    ensureProposal(r);
    return view(r);
  }

  /**
   * Keeps the given spans unmasked (all others masked) and masks every occurrence of {@code
   * maskText}.
   */
  public ProposalView mask(long caseId, MaskInput in) {
    AppUser u = currentUser.require(Role.DISCLOSURE_OFFICER);
    DisclosureRecord r = record(caseId, u, "MASK");
    requireOpen(r);
    ensureProposal(r);
    RedactionProposal p = proposalOf(r);
    Set<Integer> unmasked =
        new HashSet<>(in == null || in.unmasked() == null ? List.of() : in.unmasked());
    for (Integer id : unmasked) {
      if (p.span(id).isEmpty()) throw DomainException.invalid("unmasked", "没有编号为 " + id + " 的遮盖区间");
      if (!p.span(id).get().category().liftable())
        throw DomainException.conflict("unmasked", "第 " + id + " 处是身份证件号码或银行账号，其遮盖不能取消");
    }
    Set<Integer> lifted = new HashSet<>(unmasked);
    lifted.removeAll(unmaskedOf(r));
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
    r.propose(p.original(), spansJson(p, unmasked), Instant.now());
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
  public ProposalView approve(long caseId) {
    AppUser u = currentUser.require(Role.DISCLOSURE_OFFICER);
    DisclosureRecord r = record(caseId, u, "APPROVE");
    requireOpen(r);
    ensureProposal(r);
    String text = proposalOf(r).apply(unmaskedOf(r));
    r.approve(text, u.getUsername(), Instant.now());
    audit.append(
        u.getUsername(),
        "DISCLOSURE_APPROVED",
        "DisclosureRecord",
        r.getId(),
        caseId,
        "批准公示文本，SHA-256 "
            + sha256(text)
            + "，遮盖 "
            + (storedSpans(r).stream().filter(StoredSpan::masked).count())
            + " 处");
    return view(r);
  }

  /**
   * Publishes the approved text (or replaces a published one: a correction, old text kept in the
   * audit trail).
   */
  public ProposalView publish(long caseId) {
    AppUser u = currentUser.require(Role.DISCLOSURE_OFFICER);
    DisclosureRecord r = record(caseId, u, "PUBLISH");
    publish(r, u.getUsername());
    return view(r);
  }

  /** Publishes or withholds against the automatic rule, with the reason on record. */
  public ProposalView override(long caseId, OverrideInput in) {
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
  public ProposalView recordChange(long caseId, ChangeInput in) {
    AppUser u = currentUser.require(Role.DISCLOSURE_OFFICER);
    DisclosureRecord r = record(caseId, u, "RECORD_CHANGE");
    ChangeKind kind;
    try {
      kind = ChangeKind.valueOf(in == null || in.kind() == null ? "" : in.kind());
    } catch (IllegalArgumentException e) {
      throw DomainException.invalid(
          "kind", "变更类型须为 CHANGED（变更）、REVOKED（撤销）、CONFIRMED_ILLEGAL（确认违法）或 VOID（确认无效）");
    }
    LocalDate on = org.gongshi.platform.Dates.required("changedOn", in.changedOn());
    if (on.isAfter(LocalDate.now(ZONE))) throw DomainException.invalid("changedOn", "变更日期不能晚于今天");
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
  public ProposalView withdraw(long caseId, NoticeInput in) {
    AppUser u = currentUser.require(Role.DISCLOSURE_OFFICER);
    DisclosureRecord r = record(caseId, u, "WITHDRAW");
    String notice = notice(in);
    if (r.getStatus() != DisclosureStatus.PUBLISHED)
      throw DomainException.conflict("status", "该决定" + r.getStatus().label + "，没有可撤回的公示");
    end(
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
  public ProposalView creditRepair(long caseId, NoticeInput in) {
    AppUser u = currentUser.require(Role.DISCLOSURE_OFFICER);
    DisclosureRecord r = record(caseId, u, "CREDIT_REPAIR");
    if (r.getStatus() != DisclosureStatus.PUBLISHED)
      throw DomainException.conflict("status", "该决定" + r.getStatus().label + "，没有公示中的信息");
    PublishedDecision p = published(r);
    LocalDate today = LocalDate.now(ZONE);
    if (p.getRepairFrom() != null && today.isBefore(p.getRepairFrom())) {
      throw DomainException.conflict(
          "repairFrom", "最短公示期至 " + p.getRepairFrom().minusDays(1) + "，届满前不能因信用修复提前撤下");
    }
    String note =
        in == null || in.notice() == null || in.notice().isBlank()
            ? ""
            : "（" + in.notice().strip() + "）";
    end(
        r,
        DisclosureStatus.TAKEN_DOWN,
        PublicationStatus.TAKEN_DOWN,
        "当事人已完成信用修复，依法提前停止公示" + note,
        u.getUsername(),
        "DISCLOSURE_CREDIT_REPAIRED");
    return view(r);
  }

  // --- the system's steps ----------------------------------------------------------------------

  public record TakenDown(LocalDate today, int count) {}

  /** An administrator runs tonight's take-down now. */
  public TakenDown takeDownExpiredNow() {
    currentUser.require(Role.ADMIN);
    LocalDate today = LocalDate.now(ZONE);
    return new TakenDown(today, takeDownExpired(today));
  }

  /**
   * Takes down every publication whose last public day is before {@code today}; returns how many.
   */
  public int takeDownExpired(LocalDate today) {
    List<PublishedDecision> due =
        em.createQuery(
                "SELECT p FROM PublishedDecision p WHERE p.status = :s AND p.expiresOn < :today",
                PublishedDecision.class)
            .setParameter("s", PublicationStatus.PUBLISHED)
            .setParameter("today", today)
            .getResultList();
    for (PublishedDecision p : due) {
      DisclosureRecord r = em.find(DisclosureRecord.class, p.getDisclosureId());
      end(
          r,
          DisclosureStatus.TAKEN_DOWN,
          PublicationStatus.TAKEN_DOWN,
          "公示期已于 " + p.getExpiresOn() + " 届满，依法停止公示",
          "system",
          "DISCLOSURE_EXPIRED");
    }
    return due.size();
  }

  /**
   * Demo data: proposes, approves and publishes as the named officer, the way an officer would (own
   * transaction).
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void publishAs(long caseId, String officer) {
    DisclosureRecord r =
        em.createNamedQuery(DisclosureRecord.BY_CASE, DisclosureRecord.class)
            .setParameter("caseId", caseId)
            .getSingleResult();
    ensureProposal(r);
    r.approve(proposalOf(r).apply(unmaskedOf(r)), officer, Instant.now());
    audit.append(
        officer, "DISCLOSURE_APPROVED", "DisclosureRecord", r.getId(), caseId, "批准公示文本（演示数据）");
    publish(r, officer);
  }

  // --- internals -------------------------------------------------------------------------------

  private void publish(DisclosureRecord r, String actor) {
    boolean correction = r.getStatus() == DisclosureStatus.PUBLISHED;
    if (r.getStatus() != DisclosureStatus.PENDING && !correction) {
      throw DomainException.conflict(
          "status",
          "该决定"
              + r.getStatus().label
              + (r.getNotPublishedReason() != null ? "（" + r.getNotPublishedReason() + "）" : "")
              + "，不能公示");
    }
    if (r.getApprovedText() == null)
      throw DomainException.conflict("approved", "公示文本尚未批准：请先核对遮盖并批准");
    EnforcementCase c = em.find(EnforcementCase.class, r.getCaseId());
    PenaltyDecision decision = CaseDocuments.penaltyDecision(c);
    DecisionText text = decisionText(c, decision);
    if (!text.text().equals(r.getProposalText())) {
      r.propose(null, null, null);
      throw DomainException.conflict("proposal", "处罚决定内容在批准后有变化，请重新核对遮盖并批准");
    }
    RedactionProposal proposal = proposalOf(r);
    Set<Integer> unmasked = unmaskedOf(r);
    String publicText = proposal.apply(unmasked);
    if (!publicText.equals(r.getApprovedText()))
      throw DomainException.conflict("approved", "公示文本与批准的文本不一致，请重新批准");

    PublicationPeriod.Severity severity =
        c.getPenalties().stream().anyMatch(p -> HEAVY.contains(p.getKind()))
            ? PublicationPeriod.Severity.SERIOUS
            : PublicationPeriod.Severity.GENERAL;
    String domain = domainOf(c, r.getDecidedOn());
    PublicationPeriod period =
        PublicationPeriod.of(r.getDecidedOn(), severity, PublicationPeriod.isSafetyDomain(domain));
    LocalDate today = LocalDate.now(ZONE);
    if (!period.expiresOn().isAfter(today)) {
      throw DomainException.conflict(
          "expiresOn",
          "公示期已于 " + period.expiresOn().minusDays(1) + " 届满（" + period.rule() + "），不再公示");
    }
    PenaltyDecision redacted = text.redacted(proposal, unmasked);
    String pdfSha = storePdf(RENDERER.penaltyDecisionPdf(redacted, DecisionVariant.PUBLIC));

    Instant now = Instant.now();
    PublishedDecision p =
        em.createNamedQuery(PublishedDecision.BY_DISCLOSURE, PublishedDecision.class)
            .setParameter("disclosureId", r.getId())
            .getResultStream()
            .findFirst()
            .orElse(null);
    String oldText = p == null ? null : p.getPublicText();
    if (p == null) {
      p =
          new PublishedDecision(
              r.getId(),
              c.getAgency().getId(),
              c.getAgency().getName(),
              c.getAgency().getUscc(),
              c.getDecisionNumber(),
              r.getDecidedOn(),
              now);
    }
    Party party = c.getParties().get(0);
    p.content(
        String.join("、", text.partyNames(proposal, unmasked)),
        switch (party.getKind()) {
          case NATURAL_PERSON -> PartyCategory.NATURAL_PERSON;
          case ORGANISATION -> PartyCategory.ORGANISATION;
          case INDIVIDUAL_BUSINESS -> PartyCategory.INDIVIDUAL_BUSINESS;
        },
        party.getKind() == PartyKind.NATURAL_PERSON ? null : party.getUscc(),
        party.getKind() == PartyKind.NATURAL_PERSON ? null : redacted.party().legalRepresentative(),
        violationType(c, r.getDecidedOn(), text.title(proposal, unmasked)),
        redacted.facts(),
        redacted.penaltyBasis(),
        c.getPenalties().stream()
            .map(x -> x.getKind().label)
            .distinct()
            .collect(Collectors.joining("；")),
        String.join("；", redacted.penalties()),
        wan(c, EnumSet.of(PenaltyKind.FINE)),
        wan(c, EnumSet.of(PenaltyKind.CONFISCATE_GAINS, PenaltyKind.CONFISCATE_PROPERTY)),
        licence(c),
        domain,
        c.getProcedure().label,
        publicText);
    p.period(period.repairFrom(), period.expiresOn().minusDays(1)); // the last public day
    p.pdf(pdfSha);
    if (p.getId() == null) em.persist(p);
    r.published(actor, correction ? r.getPublishedAt() : now, severity.name());
    em.flush();
    changes.fire(new PublicationChanged(p.getId()));
    audit.append(
        actor,
        correction ? "DISCLOSURE_CORRECTED" : "DISCLOSURE_PUBLISHED",
        "DisclosureRecord",
        r.getId(),
        r.getCaseId(),
        (correction ? "更正公示内容；原公示文本：" + clip(oldText) : "公示 " + c.getDecisionNumber())
            + "；文本 SHA-256 "
            + sha256(publicText)
            + "；公示版 PDF "
            + pdfSha
            + "；公示期至 "
            + period.expiresOn().minusDays(1)
            + "（"
            + period.rule()
            + "）");
  }

  private void end(
      DisclosureRecord r,
      DisclosureStatus to,
      PublicationStatus publicTo,
      String notice,
      String actor,
      String action) {
    PublishedDecision p = published(r);
    String oldText = p.getPublicText();
    Instant now = Instant.now();
    p.end(publicTo, notice, now);
    r.ended(to, now);
    changes.fire(new PublicationChanged(p.getId()));
    audit.append(
        actor,
        action,
        "DisclosureRecord",
        r.getId(),
        r.getCaseId(),
        notice + "；原公示文本：" + clip(oldText));
  }

  private PublishedDecision published(DisclosureRecord r) {
    return em.createNamedQuery(PublishedDecision.BY_DISCLOSURE, PublishedDecision.class)
        .setParameter("disclosureId", r.getId())
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> DomainException.conflict("status", "该决定没有公示信息"));
  }

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
    if (r != null
        && !currentUser.seesAllAgencies()
        && (u.getAgency() == null || u.getAgency().getId() != r.getAgencyId())) {
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
    EnforcementCase c = em.find(EnforcementCase.class, r.getCaseId());
    DecisionText text = decisionText(c, CaseDocuments.penaltyDecision(c));
    if (text.text().equals(r.getProposalText())) return;
    RedactionProposal p = redactor().propose(text.text(), contextOf(c));
    r.propose(text.text(), spansJson(p, Set.of()), Instant.now());
    audit.append(
        currentUser.name(),
        "DISCLOSURE_PROPOSED",
        "DisclosureRecord",
        r.getId(),
        r.getCaseId(),
        "生成遮盖建议 " + p.spans().size() + " 处");
  }

  private Redactor redactor() {
    Redactor r = redactor;
    if (r == null) {
      synchronized (Publications.class) {
        if (redactor == null)
          redactor =
              new Redactor(
                  RedactionRules.defaults().withPartyNameStyle(NameStyle.valueOf(partyNameStyle)));
        r = redactor;
      }
    }
    return r;
  }

  /**
   * Who the decision names: every natural-person party and every individual business's operator is
   * masked by the party rule; the legal representative of an organisation party and the officers
   * are public (DOMAIN.md §3); other organisations and the agency are kept.
   */
  static CaseContext contextOf(EnforcementCase c) {
    Party party = c.getParties().get(0);
    Set<String> partyPersons = new HashSet<>();
    Set<String> organisations = new HashSet<>();
    Set<String> publicNames = new HashSet<>();
    for (Party p : c.getParties()) {
      String rep = p.getLegalRepresentative();
      boolean hasRep = rep != null && !rep.isBlank();
      switch (p.getKind()) {
        case NATURAL_PERSON -> partyPersons.add(p.getName());
        case ORGANISATION -> {
          organisations.add(p.getName());
          if (hasRep) publicNames.add(rep);
        }
        case INDIVIDUAL_BUSINESS -> {
          organisations.add(p.getName());
          if (hasRep) partyPersons.add(rep);
        }
      }
    }
    organisations.add(c.getAgency().getName());
    c.getOfficers().stream().map(Officer::getName).forEach(publicNames::add);
    return new CaseContext(
            switch (party.getKind()) {
              case NATURAL_PERSON -> org.gongshi.disclosure.control.PartyKind.NATURAL_PERSON;
              case ORGANISATION -> org.gongshi.disclosure.control.PartyKind.ORGANISATION;
              case INDIVIDUAL_BUSINESS ->
                  org.gongshi.disclosure.control.PartyKind.INDIVIDUAL_BUSINESS;
            },
            party.getName(),
            Set.of(),
            organisations,
            publicNames)
        .withPartyPersons(partyPersons);
  }

  private String domainOf(EnforcementCase c, LocalDate on) {
    if (c.getCatalogCode() == null) return null;
    return catalogs
        .item(c.getAgency().getId(), c.getCatalogCode(), on)
        .map(v -> v.data().domain())
        .orElse(null);
  }

  /** 违法行为类型: the power-list item's name, else the title as masked; never the raw title. */
  private String violationType(EnforcementCase c, LocalDate on, String maskedTitle) {
    if (c.getCatalogCode() != null) {
      var item = catalogs.item(c.getAgency().getId(), c.getCatalogCode(), on);
      if (item.isPresent()) return item.get().data().name();
    }
    return maskedTitle;
  }

  /** The text the officer reviews: the decision, every party of the case, and the title. */
  static DecisionText decisionText(EnforcementCase c, PenaltyDecision decision) {
    List<org.gongshi.reports.model.Party> others = new ArrayList<>();
    for (Party p : c.getParties().subList(1, c.getParties().size()))
      others.add(
          new org.gongshi.reports.model.Party(
              switch (p.getKind()) {
                case NATURAL_PERSON -> org.gongshi.reports.model.Party.PartyType.NATURAL_PERSON;
                case ORGANISATION -> org.gongshi.reports.model.Party.PartyType.ORGANISATION;
                case INDIVIDUAL_BUSINESS ->
                    org.gongshi.reports.model.Party.PartyType.INDIVIDUAL_BUSINESS;
              },
              p.getName(),
              p.getUscc() != null ? p.getUscc() : p.getIdNumber(),
              p.getLegalRepresentative(),
              p.getAddress() == null ? "" : p.getAddress()));
    return DecisionText.of(decision, c.getTitle(), others);
  }

  private static BigDecimal wan(EnforcementCase c, Set<PenaltyKind> kinds) {
    BigDecimal yuan =
        c.getPenalties().stream()
            .filter(p -> kinds.contains(p.getKind()) && p.getAmount() != null)
            .map(Penalty::getAmount)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    return yuan.signum() == 0
        ? null
        : yuan.divide(BigDecimal.valueOf(10_000), 6, RoundingMode.HALF_UP).stripTrailingZeros();
  }

  private static String licence(EnforcementCase c) {
    String s =
        c.getPenalties().stream()
            .filter(
                p ->
                    p.getKind() == PenaltyKind.SUSPEND_LICENCE
                        || p.getKind() == PenaltyKind.REVOKE_LICENCE)
            .map(p -> p.getKind().label + (p.getNote() == null ? "" : "：" + p.getNote()))
            .collect(Collectors.joining("；"));
    return s.isEmpty() ? null : s;
  }

  private String storePdf(byte[] pdf) {
    try (ContentStore.Staged staged =
        contentStore.stage(new ByteArrayInputStream(pdf), Long.MAX_VALUE)) {
      contentStore.admit(staged);
      return staged.sha256();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ContentStore.TooLargeException e) {
      throw new IllegalStateException(e);
    }
  }

  // --- stored spans ----------------------------------------------------------------------------

  private static String spansJson(RedactionProposal p, Set<Integer> unmasked) {
    List<StoredSpan> out = new ArrayList<>();
    for (Span s : p.spans())
      out.add(
          new StoredSpan(
              s.id(),
              s.start(),
              s.end(),
              s.category().name(),
              s.replacement(),
              !unmasked.contains(s.id())));
    return JSON.toJson(out);
  }

  private static List<StoredSpan> storedSpans(DisclosureRecord r) {
    if (r.getProposalSpans() == null) return List.of();
    StoredSpan[] spans = JSON.fromJson(r.getProposalSpans(), StoredSpan[].class);
    return List.of(spans);
  }

  private static RedactionProposal proposalOf(DisclosureRecord r) {
    return proposalOf(r.getProposalText(), storedSpans(r));
  }

  private static RedactionProposal proposalOf(String text, List<StoredSpan> stored) {
    return RedactionProposal.of(
        text,
        stored.stream()
            .map(
                s ->
                    new Span(
                        s.id(),
                        s.start(),
                        s.end(),
                        SpanCategory.valueOf(s.category()),
                        s.replacement()))
            .toList());
  }

  private static Set<Integer> unmaskedOf(DisclosureRecord r) {
    return unmaskedOf(storedSpans(r));
  }

  private static Set<Integer> unmaskedOf(List<StoredSpan> stored) {
    return stored.stream().filter(s -> !s.masked()).map(StoredSpan::id).collect(Collectors.toSet());
  }

  // --- views -----------------------------------------------------------------------------------

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
      default -> "人工遮盖";
    };
  }

  ProposalView view(DisclosureRecord r) {
    List<SpanView> spans = new ArrayList<>();
    List<Segment> segments = new ArrayList<>();
    String text = r.getProposalText();
    String publicText = null;
    if (text != null) {
      List<StoredSpan> stored = storedSpans(r); // parsed once for the whole view
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
      publicText = proposalOf(text, stored).apply(unmaskedOf(stored));
    }
    PublishedDecision p =
        em.createNamedQuery(PublishedDecision.BY_DISCLOSURE, PublishedDecision.class)
            .setParameter("disclosureId", r.getId())
            .getResultStream()
            .findFirst()
            .orElse(null);
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
        r.getApprovedText() != null && r.getApprovedText().equals(publicText),
        r.getApprovedBy(),
        r.getApprovedAt(),
        r.getPublishedAt(),
        p == null ? null : p.getId(),
        r.getChangeKind(),
        r.getChangedOn(),
        r.getWithdrawalDeadline(),
        p == null ? null : p.getRepairFrom(),
        p == null ? null : p.getExpiresOn(),
        p == null ? null : p.getNotice());
  }

  private static String clip(String s) {
    if (s == null) return "（无）";
    return s.length() <= 5000 ? s : s.substring(0, 5000) + "…（全文 SHA-256 " + sha256(s) + "）";
  }

  static String sha256(String s) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
