package org.gongshi.legal.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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

  /**
   * A new rule version. Amounts in yuan; the hearing amounts default to the major ones; the three
   * penalty kinds count as major unless set false.
   */
  public record RuleInput(
      @Size(max = 100, message = "地区最多100个字，如 浙江省金华市；留空表示全国") String region,
      @Size(max = 100, message = "领域最多100个字，如 市容环境；留空表示所有领域") String sector,
      @NotBlank(message = "请填写施行日期，格式 YYYY-MM-DD") String effectiveFrom,
      @NotNull(message = "请填写对公民罚没款的重大标准（元）")
          @DecimalMin(value = "0.01", message = "对公民罚没款的重大标准须大于0元")
          @Digits(integer = 12, fraction = 2, message = "对公民罚没款的重大标准最多两位小数，且小于1万亿元")
          BigDecimal personAmount,
      @NotNull(message = "请填写对法人或其他组织罚没款的重大标准（元）")
          @DecimalMin(value = "0.01", message = "对法人或其他组织罚没款的重大标准须大于0元")
          @Digits(integer = 12, fraction = 2, message = "对法人或其他组织罚没款的重大标准最多两位小数，且小于1万亿元")
          BigDecimal organisationAmount,
      @DecimalMin(value = "0.01", message = "对公民的听证“较大数额”须大于0元")
          @Digits(integer = 12, fraction = 2, message = "对公民的听证“较大数额”最多两位小数，且小于1万亿元")
          BigDecimal hearingPersonAmount,
      @DecimalMin(value = "0.01", message = "对法人或其他组织的听证“较大数额”须大于0元")
          @Digits(integer = 12, fraction = 2, message = "对法人或其他组织的听证“较大数额”最多两位小数，且小于1万亿元")
          BigDecimal hearingOrganisationAmount,
      Boolean suspendBusiness,
      Boolean revokeLicence,
      Boolean closeOrder,
      @Size(max = 500, message = "依据或说明最多500字") String note) {}

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

  /** An agency's local limits; a missing value keeps the current one. */
  public record SettingsInput(
      @Min(value = 1, message = "听证申请期限须为1至30个工作日") @Max(value = 30, message = "听证申请期限须为1至30个工作日")
          Integer hearingDays,
      @Min(value = 1, message = "陈述申辩期限须为1至30个工作日") @Max(value = 30, message = "陈述申辩期限须为1至30个工作日")
          Integer statementDays,
      @Min(value = 1, message = "法制审核期限须为1至60个工作日") @Max(value = 60, message = "法制审核期限须为1至60个工作日")
          Integer reviewDays,
      @Min(value = 0, message = "法制审核可延长0至30个工作日") @Max(value = 30, message = "法制审核可延长0至30个工作日")
          Integer reviewExtraDays,
      @Min(value = 1, message = "备案期限须为1至90日") @Max(value = 90, message = "备案期限须为1至90日")
          Integer filingDays,
      @Min(value = 1, message = "备案审查期限须为1至180日") @Max(value = 180, message = "备案审查期限须为1至180日")
          Integer examinationDays,
      @Min(value = 2, message = "集体讨论最少人数须为2至50人") @Max(value = 50, message = "集体讨论最少人数须为2至50人")
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
  public RuleView addRule(@Valid @NotNull(message = "请求体不能为空") RuleInput in) {
    AppUser user = currentUser.require(Role.ADMIN);
    LocalDate from = org.gongshi.platform.Dates.required("effectiveFrom", in.effectiveFrom());
    LocalDate today = LocalDate.now(clock);
    if (!from.isAfter(today))
      throw DomainException.invalid(
          "effectiveFrom", "施行日期须晚于今天（" + today + "）：标准不能追溯，已作出和今天作出的决定按其决定之日有效的标准判断");
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

  public SettingsView changeSettings(
      long agencyId, @Valid @NotNull(message = "请求体不能为空") SettingsInput in) {
    AppUser user = currentUser.require(Role.ADMIN);
    if (em.find(Agency.class, agencyId) == null) throw DomainException.notFound("未找到该执法机关");
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

  /** The local limits that apply to a case (its agency's), as the case page shows them. */
  public SettingsView settingsOfCase(long caseId) {
    long agencyId = readable(caseId).getAgency().getId();
    return SettingsView.of(agencyId, settingFor(agencyId));
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
    return judge(c, c.getMilestones().getOrDefault(MilestoneKind.DECIDED, LocalDate.now(clock)));
  }

  /** The rule in force on that day and what it says of the case's penalties. */
  MajorRules.Judgement judge(EnforcementCase c, LocalDate on) {
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

  @Override
  public boolean hearingRight(EnforcementCase c, LocalDate decidedOn) {
    return judge(c, decidedOn).hearingRight();
  }

  EnforcementCase readable(long caseId) {
    currentUser.require();
    EnforcementCase c = em.find(EnforcementCase.class, caseId);
    if (c == null) throw DomainException.notFound("未找到该案件，或不属于您所在的执法机关");
    currentUser.requireAgency(c.getAgency());
    return c;
  }
}
