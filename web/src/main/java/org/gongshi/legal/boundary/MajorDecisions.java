package org.gongshi.legal.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongshi.archive.boundary.MajorDecisionRules;
import org.gongshi.archive.entity.EnforcementCase;
import org.gongshi.archive.entity.MilestoneKind;
import org.gongshi.calendar.boundary.Calendars;
import org.gongshi.calendar.control.CalendarNotLoadedException;
import org.gongshi.catalog.boundary.Catalogs;
import org.gongshi.legal.control.Deadlines;
import org.gongshi.legal.control.MajorRules;
import org.gongshi.legal.entity.MajorGround;
import org.gongshi.legal.entity.MajorMark;
import org.gongshi.legal.entity.MajorRule;
import org.gongshi.legal.entity.MajorSetting;
import org.gongshi.organisation.entity.Agency;
import org.gongshi.organisation.entity.AppUser;
import org.gongshi.organisation.entity.Role;
import org.gongshi.platform.DomainException;
import org.gongshi.platform.audit.AuditTrail;
import org.gongshi.platform.id.PartyKind;
import org.gongshi.security.CurrentUser;

/**
 * Which cases are major: the rules an administrator keeps per region and sector with an effective
 * date, an agency's local time limits, and an officer's marking on an Art. 58 ground.
 */
@ApplicationScoped
@Transactional
public class MajorDecisions implements MajorDecisionRules {
  @Inject Clock clock;
  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject AuditTrail audit;
  @Inject Calendars calendars;
  @Inject Catalogs catalogs;

  public record RuleInput(
      String region,
      String sector,
      String effectiveFrom,
      BigDecimal personAmount,
      BigDecimal organisationAmount,
      BigDecimal hearingPersonAmount,
      BigDecimal hearingOrganisationAmount,
      Boolean suspendBusiness,
      Boolean revokeLicence,
      Boolean closeOrder,
      String note) {}

  public record RuleView(
      long id,
      String region,
      String sector,
      LocalDate effectiveFrom,
      BigDecimal personAmount,
      BigDecimal organisationAmount,
      BigDecimal hearingPersonAmount,
      BigDecimal hearingOrganisationAmount,
      boolean suspendBusiness,
      boolean revokeLicence,
      boolean closeOrder,
      String note,
      String description) {
    static RuleView of(MajorRule r) {
      return new RuleView(
          r.getId(),
          r.getRegion(),
          r.getSector(),
          r.getEffectiveFrom(),
          r.getPersonAmount(),
          r.getOrganisationAmount(),
          r.getHearingPersonAmount(),
          r.getHearingOrganisationAmount(),
          r.isSuspendBusiness(),
          r.isRevokeLicence(),
          r.isCloseOrder(),
          r.getNote(),
          MajorRules.describe(r));
    }
  }

  public record SettingsInput(
      Integer hearingDays,
      Integer statementDays,
      Integer reviewDays,
      Integer reviewExtraDays,
      Integer filingDays,
      Integer examinationDays,
      Integer quorum) {}

  public record SettingsView(
      long agencyId,
      int hearingDays,
      int statementDays,
      int reviewDays,
      int reviewExtraDays,
      int filingDays,
      int examinationDays,
      int quorum) {
    static SettingsView of(long agencyId, MajorSetting s) {
      return new SettingsView(
          agencyId,
          s.getHearingDays(),
          s.getStatementDays(),
          s.getReviewDays(),
          s.getReviewExtraDays(),
          s.getFilingDays(),
          s.getExaminationDays(),
          s.getQuorum());
    }
  }

  public record MarkInput(String ground, String reason) {}

  public record MarkView(String ground, String groundLabel, String reason, String markedBy) {}

  /** Whether a case is major and why, as its page shows it. */
  public record MajorView(
      long caseId,
      boolean major,
      String rule,
      List<String> ruleReasons,
      List<MarkView> marks,
      boolean hearingRight,
      List<String> hearingReasons) {
    /** For pages. */
    public String hearingText() {
      return String.join("、", hearingReasons);
    }
  }

  // --- rules -------------------------------------------------------------------------------

  public List<RuleView> rules() {
    currentUser.require();
    return allRules().stream().map(RuleView::of).toList();
  }

  /** A new version of a rule; earlier versions stay, so past cases keep the rule of their day. */
  public RuleView addRule(RuleInput in) {
    AppUser user = currentUser.require(Role.ADMIN);
    if (in == null) throw DomainException.invalid(null, "请求体不能为空");
    LocalDate from = org.gongshi.platform.Dates.required("effectiveFrom", in.effectiveFrom());
    String region = in.region() == null ? "" : in.region().trim();
    String sector = in.sector() == null ? "" : in.sector().trim();
    if (region.length() > 100) throw DomainException.invalid("region", "地区不超过100个字");
    if (sector.length() > 100) throw DomainException.invalid("sector", "领域不超过100个字");
    BigDecimal person = amount("personAmount", "对公民罚没款重大标准", in.personAmount());
    BigDecimal org = amount("organisationAmount", "对法人或其他组织罚没款重大标准", in.organisationAmount());
    BigDecimal hPerson =
        in.hearingPersonAmount() == null
            ? person
            : amount("hearingPersonAmount", "对公民听证标准", in.hearingPersonAmount());
    BigDecimal hOrg =
        in.hearingOrganisationAmount() == null
            ? org
            : amount("hearingOrganisationAmount", "对组织听证标准", in.hearingOrganisationAmount());
    boolean exists =
        allRules().stream()
            .anyMatch(
                r ->
                    r.getRegion().equals(region)
                        && r.getSector().equals(sector)
                        && r.getEffectiveFrom().equals(from));
    if (exists)
      throw DomainException.conflict(
          "effectiveFrom", "该地区和领域已有 " + from + " 起施行的标准；标准不可修改，请以新的施行日期新增一版");
    MajorRule r =
        new MajorRule(
            region,
            sector,
            from,
            person,
            org,
            hPerson,
            hOrg,
            in.suspendBusiness() == null || in.suspendBusiness(),
            in.revokeLicence() == null || in.revokeLicence(),
            in.closeOrder() == null || in.closeOrder(),
            in.note() == null ? null : in.note().strip(),
            user.getUsername(),
            Instant.now());
    em.persist(r);
    em.flush();
    audit.append(
        user.getUsername(), "ADD_MAJOR_RULE", "MajorRule", r.getId(), null, MajorRules.describe(r));
    return RuleView.of(r);
  }

  private static BigDecimal amount(String field, String label, BigDecimal v) {
    if (v == null || v.signum() <= 0 || v.scale() > 2 || v.compareTo(new BigDecimal("1e12")) >= 0)
      throw DomainException.invalid(field, label + "须为大于0的金额（元，最多两位小数）");
    return v;
  }

  List<MajorRule> allRules() {
    return em.createNamedQuery(MajorRule.ALL, MajorRule.class).getResultList();
  }

  // --- settings ----------------------------------------------------------------------------

  public SettingsView settings(long agencyId) {
    currentUser.requireAgency(agencyId, "未找到该执法机关");
    return SettingsView.of(agencyId, settingFor(agencyId));
  }

  public SettingsView changeSettings(long agencyId, SettingsInput in) {
    AppUser user = currentUser.require(Role.ADMIN);
    if (em.find(Agency.class, agencyId) == null) throw DomainException.notFound("未找到该执法机关");
    if (in == null) throw DomainException.invalid(null, "请求体不能为空");
    MajorSetting s = em.find(MajorSetting.class, agencyId);
    boolean created = s == null;
    if (created) s = new MajorSetting(agencyId);
    String before = describe(s);
    s.change(
        days("hearingDays", "听证申请期限（工作日）", in.hearingDays(), s.getHearingDays(), 1, 30),
        days("statementDays", "陈述申辩期限（工作日）", in.statementDays(), s.getStatementDays(), 1, 30),
        days("reviewDays", "法制审核期限（工作日）", in.reviewDays(), s.getReviewDays(), 1, 60),
        days(
            "reviewExtraDays", "法制审核可延长（工作日）", in.reviewExtraDays(), s.getReviewExtraDays(), 0, 30),
        days("filingDays", "备案期限（日）", in.filingDays(), s.getFilingDays(), 1, 90),
        days("examinationDays", "备案审查期限（日）", in.examinationDays(), s.getExaminationDays(), 1, 180),
        days("quorum", "集体讨论最少人数", in.quorum(), s.getQuorum(), 2, 50));
    if (created) em.persist(s);
    audit.append(
        user.getUsername(),
        "CHANGE_MAJOR_SETTINGS",
        "Agency",
        agencyId,
        null,
        "修改前：" + before + "\n修改后：" + describe(s));
    return SettingsView.of(agencyId, s);
  }

  private static int days(String field, String label, Integer v, int current, int min, int max) {
    if (v == null) return current;
    if (v < min || v > max)
      throw DomainException.invalid(field, label + "须为" + min + "至" + max + "的整数");
    return v;
  }

  private static String describe(MajorSetting s) {
    return "听证申请"
        + s.getHearingDays()
        + "个工作日；陈述申辩"
        + s.getStatementDays()
        + "个工作日；法制审核"
        + s.getReviewDays()
        + "个工作日（可延长"
        + s.getReviewExtraDays()
        + "个）；备案"
        + s.getFilingDays()
        + "日；备案审查"
        + s.getExaminationDays()
        + "日；集体讨论至少"
        + s.getQuorum()
        + "人";
  }

  /** The agency's settings, or the defaults (not persisted). */
  MajorSetting settingFor(long agencyId) {
    MajorSetting s = em.find(MajorSetting.class, agencyId);
    return s != null ? s : new MajorSetting(agencyId);
  }

  Deadlines deadlines(long agencyId) {
    return new Deadlines(calendars.current(), settingFor(agencyId));
  }

  // --- a case ------------------------------------------------------------------------------

  public MajorView view(long caseId) {
    EnforcementCase c = readable(caseId);
    return view(c);
  }

  MajorView view(EnforcementCase c) {
    MajorRules.Judgement j = judge(c);
    List<MarkView> marks =
        marks(c.getId()).stream()
            .map(
                m ->
                    new MarkView(
                        m.getGround().name(), m.getGround().label, m.getReason(), m.getMarkedBy()))
            .toList();
    return new MajorView(
        c.getId(),
        j.major() || !marks.isEmpty(),
        MajorRules.describe(j.rule()),
        j.majorReasons(),
        marks,
        j.hearingRight(),
        j.hearingReasons());
  }

  public MajorView mark(long caseId, MarkInput in) {
    AppUser user = currentUser.require(Role.CASE_OFFICER, Role.ADMIN);
    EnforcementCase c = readable(caseId);
    c.requireChangeable();
    if (in == null) throw DomainException.invalid(null, "请求体不能为空");
    MajorGround ground;
    try {
      ground = MajorGround.valueOf(in.ground() == null ? "" : in.ground().trim());
    } catch (IllegalArgumentException e) {
      throw DomainException.invalid(
          "ground",
          "认定理由须为："
              + String.join(
                  "、",
                  java.util.Arrays.stream(MajorGround.values())
                      .map(g -> g.name() + "（" + g.label + "）")
                      .toList()));
    }
    String reason = in.reason() == null ? "" : in.reason().strip();
    if (reason.length() < 4 || reason.length() > 1000)
      throw DomainException.invalid("reason", "标记为重大案件须写明具体理由（4至1000字）");
    MajorMark m = new MajorMark(c.getId(), ground, reason, user.getUsername(), Instant.now());
    em.persist(m);
    audit.append(
        user.getUsername(),
        "MARK_MAJOR",
        "Case",
        c.getId(),
        c.getId(),
        "标记为重大案件：" + ground.label + "；理由：" + reason);
    return view(c);
  }

  List<MajorMark> marks(long caseId) {
    return em.createNamedQuery(MajorMark.BY_CASE, MajorMark.class)
        .setParameter("caseId", caseId)
        .getResultList();
  }

  /** The rule in force on the decision day (today before a decision) and what it says. */
  MajorRules.Judgement judge(EnforcementCase c) {
    LocalDate on = c.getMilestones().getOrDefault(MilestoneKind.DECIDED, LocalDate.now(clock));
    String sector = sectorOf(c, on);
    MajorRule rule =
        MajorRules.ruleFor(allRules(), c.getAgency().getRegion(), sector, on)
            .orElseThrow(() -> new IllegalStateException("no major-decision rule for " + on));
    boolean organisation =
        c.getParties().stream().anyMatch(p -> p.getKind() != PartyKind.NATURAL_PERSON);
    return MajorRules.judge(rule, organisation, c.getPenalties());
  }

  /** The sector of a case: the domain of its power-list item, "" when unknown. */
  private String sectorOf(EnforcementCase c, LocalDate on) {
    if (c.getCatalogCode() == null) return "";
    return catalogs
        .item(c.getAgency().getId(), c.getCatalogCode(), on)
        .map(i -> i.data().domain() == null ? "" : i.data().domain())
        .orElse("");
  }

  boolean isMajor(EnforcementCase c) {
    return judge(c).major() || !marks(c.getId()).isEmpty();
  }

  @Override
  public Optional<String> majorBecause(EnforcementCase c) {
    MajorRules.Judgement j = judge(c);
    List<String> why = new ArrayList<>(j.majorReasons());
    marks(c.getId()).forEach(m -> why.add("经标记：" + m.getGround().label));
    return why.isEmpty() ? Optional.empty() : Optional.of(String.join("；", why));
  }

  @Override
  public LocalDate filingDue(EnforcementCase c, LocalDate decidedOn) {
    try {
      return deadlines(c.getAgency().getId()).filingDue(decidedOn);
    } catch (CalendarNotLoadedException e) {
      return decidedOn.plusDays(settingFor(c.getAgency().getId()).getFilingDays());
    }
  }

  EnforcementCase readable(long caseId) {
    currentUser.require();
    EnforcementCase c = em.find(EnforcementCase.class, caseId);
    if (c == null) throw DomainException.notFound("未找到该案件，或不属于您所在的执法机关");
    currentUser.requireAgency(c.getAgency());
    return c;
  }
}
