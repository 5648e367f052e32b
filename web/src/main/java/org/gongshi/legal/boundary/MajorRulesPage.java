package org.gongshi.legal.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gongshi.organisation.entity.Role;
import org.gongshi.platform.DomainException;
import org.gongshi.platform.PageMessages;
import org.gongshi.security.CurrentUser;

/**
 * /staff/major-rules.xhtml: the major-decision rules kept as data (every version, with the one in
 * force today marked), a form that adds a new version from a later day, and an agency's local time
 * limits. Only an administrator changes anything ({@link MajorDecisions} decides); the legal office
 * reads.
 */
@Named
@ViewScoped
public class MajorRulesPage implements Serializable {
  private static final long serialVersionUID = 1L;

  static final Map<String, String> LABELS =
      Map.ofEntries(
          Map.entry("region", "地区"),
          Map.entry("sector", "领域"),
          Map.entry("effectiveFrom", "施行日期"),
          Map.entry("personAmount", "对公民罚没款重大标准"),
          Map.entry("organisationAmount", "对法人或其他组织罚没款重大标准"),
          Map.entry("hearingPersonAmount", "对公民听证较大数额"),
          Map.entry("hearingOrganisationAmount", "对法人或其他组织听证较大数额"),
          Map.entry("note", "依据或说明"),
          Map.entry("hearingDays", "听证申请期限"),
          Map.entry("statementDays", "陈述申辩期限"),
          Map.entry("reviewDays", "法制审核期限"),
          Map.entry("reviewExtraDays", "法制审核可延长"),
          Map.entry("filingDays", "备案期限"),
          Map.entry("examinationDays", "备案审查期限"),
          Map.entry("quorum", "集体讨论最少人数"));

  @Inject transient MajorDecisions majors;
  @Inject transient CurrentUser currentUser;
  @Inject transient Clock clock;

  /** A rule as the list shows it, with its state today. */
  public record Row(MajorDecisions.RuleView rule, String state) implements Serializable {}

  /** An agency in the selector. */
  public record AgencyChoice(long id, String name) implements Serializable {}

  private List<Row> rows;
  private List<AgencyChoice> agencies;

  // the new rule's form
  private String region;
  private String sector;
  private String effectiveFrom;
  private String personAmount;
  private String organisationAmount;
  private String hearingPersonAmount;
  private String hearingOrganisationAmount;
  private boolean suspendBusiness = true;
  private boolean revokeLicence = true;
  private boolean closeOrder = true;
  private String note;
  private String ruleError;

  // the settings form
  private Long agencyId;
  private String agencyName;
  private boolean settingsLoaded;
  private Integer hearingDays;
  private Integer statementDays;
  private Integer reviewDays;
  private Integer reviewExtraDays;
  private Integer filingDays;
  private Integer examinationDays;
  private Integer quorum;
  private String settingsError;

  /** Every version, oldest first within a region and sector, with its state today. */
  public List<Row> getRows() {
    if (rows == null) {
      LocalDate today = LocalDate.now(clock);
      List<MajorDecisions.RuleView> all = majors.rules();
      rows = all.stream().map(r -> new Row(r, state(r, all, today))).toList();
    }
    return rows;
  }

  static String state(
      MajorDecisions.RuleView r, List<MajorDecisions.RuleView> all, LocalDate today) {
    if (r.effectiveFrom().isAfter(today)) return "将于 " + r.effectiveFrom() + " 起施行";
    boolean replaced =
        all.stream()
            .anyMatch(
                o ->
                    o.region().equals(r.region())
                        && o.sector().equals(r.sector())
                        && o.effectiveFrom().isAfter(r.effectiveFrom())
                        && !o.effectiveFrom().isAfter(today));
    return replaced ? "已被新版本取代（仍适用于其施行期间作出的决定）" : "现行有效";
  }

  public String addRule() {
    ruleError = null;
    try {
      MajorDecisions.RuleView r =
          majors.addRule(
              new MajorDecisions.RuleInput(
                  region,
                  sector,
                  effectiveFrom,
                  amount("personAmount", personAmount),
                  amount("organisationAmount", organisationAmount),
                  amount("hearingPersonAmount", hearingPersonAmount),
                  amount("hearingOrganisationAmount", hearingOrganisationAmount),
                  suspendBusiness,
                  revokeLicence,
                  closeOrder,
                  note));
      info("已新增标准：" + r.description() + "。此前作出的决定仍按其决定之日有效的标准判断。");
      region = sector = effectiveFrom = note = null;
      personAmount = organisationAmount = hearingPersonAmount = hearingOrganisationAmount = null;
      rows = null;
    } catch (DomainException e) {
      ruleError = PageMessages.of(e, LABELS);
    } catch (ConstraintViolationException e) {
      ruleError = violations(e);
    }
    return null;
  }

  /** An amount typed in yuan; blank is null (the service says whether that is allowed). */
  static BigDecimal amount(String field, String text) {
    if (text == null || text.isBlank()) return null;
    try {
      return new BigDecimal(text.strip().replace(",", "").replace("，", ""));
    } catch (NumberFormatException e) {
      throw DomainException.invalid(field, "“" + text.strip() + "”不是金额，请填写以元为单位的数字，如 20000");
    }
  }

  /** Reads the chosen agency's settings (or the first the caller may see) once per view. */
  public void loadSettings() {
    if (settingsLoaded) return;
    settingsLoaded = true;
    try {
      if (agencyId == null) {
        if (getAgencies().isEmpty()) return;
        agencyId = getAgencies().get(0).id();
      }
      show(majors.settings(agencyId));
      agencyName =
          getAgencies().stream()
              .filter(a -> a.id() == agencyId)
              .map(AgencyChoice::name)
              .findFirst()
              .orElse(null);
    } catch (DomainException e) {
      settingsError = e.getMessage();
      agencyName = null;
    }
  }

  public String saveSettings() {
    settingsError = null;
    try {
      show(
          majors.changeSettings(
              agencyId,
              new MajorDecisions.SettingsInput(
                  hearingDays,
                  statementDays,
                  reviewDays,
                  reviewExtraDays,
                  filingDays,
                  examinationDays,
                  quorum)));
      info("已保存" + (agencyName == null ? "" : agencyName) + "的时限设置；此后计算的期限按新设置。");
    } catch (DomainException e) {
      settingsError = PageMessages.of(e, LABELS);
    } catch (ConstraintViolationException e) {
      settingsError = violations(e);
    }
    return null;
  }

  private void show(MajorDecisions.SettingsView v) {
    hearingDays = v.hearingDays();
    statementDays = v.statementDays();
    reviewDays = v.reviewDays();
    reviewExtraDays = v.reviewExtraDays();
    filingDays = v.filingDays();
    examinationDays = v.examinationDays();
    quorum = v.quorum();
  }

  static String violations(ConstraintViolationException e) {
    return String.join(
        "；",
        e.getConstraintViolations().stream()
            .map(ConstraintViolation::getMessage)
            .sorted()
            .toList());
  }

  private static void info(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  public boolean isAdmin() {
    return currentUser.hasAny(Role.ADMIN);
  }

  public List<AgencyChoice> getAgencies() {
    if (agencies == null)
      agencies =
          currentUser.selectableAgencies().stream()
              .map(a -> new AgencyChoice(a.getId(), a.getName()))
              .toList();
    return agencies;
  }

  public String getToday() {
    return LocalDate.now(clock).toString();
  }

  public Long getAgencyId() {
    return agencyId;
  }

  public void setAgencyId(Long agencyId) {
    if (!Objects.equals(this.agencyId, agencyId)) settingsLoaded = false;
    this.agencyId = agencyId;
  }

  public String getAgencyName() {
    return agencyName;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getSector() {
    return sector;
  }

  public void setSector(String sector) {
    this.sector = sector;
  }

  public String getEffectiveFrom() {
    return effectiveFrom;
  }

  public void setEffectiveFrom(String effectiveFrom) {
    this.effectiveFrom = effectiveFrom;
  }

  public String getPersonAmount() {
    return personAmount;
  }

  public void setPersonAmount(String personAmount) {
    this.personAmount = personAmount;
  }

  public String getOrganisationAmount() {
    return organisationAmount;
  }

  public void setOrganisationAmount(String organisationAmount) {
    this.organisationAmount = organisationAmount;
  }

  public String getHearingPersonAmount() {
    return hearingPersonAmount;
  }

  public void setHearingPersonAmount(String hearingPersonAmount) {
    this.hearingPersonAmount = hearingPersonAmount;
  }

  public String getHearingOrganisationAmount() {
    return hearingOrganisationAmount;
  }

  public void setHearingOrganisationAmount(String hearingOrganisationAmount) {
    this.hearingOrganisationAmount = hearingOrganisationAmount;
  }

  public boolean isSuspendBusiness() {
    return suspendBusiness;
  }

  public void setSuspendBusiness(boolean suspendBusiness) {
    this.suspendBusiness = suspendBusiness;
  }

  public boolean isRevokeLicence() {
    return revokeLicence;
  }

  public void setRevokeLicence(boolean revokeLicence) {
    this.revokeLicence = revokeLicence;
  }

  public boolean isCloseOrder() {
    return closeOrder;
  }

  public void setCloseOrder(boolean closeOrder) {
    this.closeOrder = closeOrder;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getRuleError() {
    return ruleError;
  }

  public String getSettingsError() {
    return settingsError;
  }

  public Integer getHearingDays() {
    return hearingDays;
  }

  public void setHearingDays(Integer hearingDays) {
    this.hearingDays = hearingDays;
  }

  public Integer getStatementDays() {
    return statementDays;
  }

  public void setStatementDays(Integer statementDays) {
    this.statementDays = statementDays;
  }

  public Integer getReviewDays() {
    return reviewDays;
  }

  public void setReviewDays(Integer reviewDays) {
    this.reviewDays = reviewDays;
  }

  public Integer getReviewExtraDays() {
    return reviewExtraDays;
  }

  public void setReviewExtraDays(Integer reviewExtraDays) {
    this.reviewExtraDays = reviewExtraDays;
  }

  public Integer getFilingDays() {
    return filingDays;
  }

  public void setFilingDays(Integer filingDays) {
    this.filingDays = filingDays;
  }

  public Integer getExaminationDays() {
    return examinationDays;
  }

  public void setExaminationDays(Integer examinationDays) {
    this.examinationDays = examinationDays;
  }

  public Integer getQuorum() {
    return quorum;
  }

  public void setQuorum(Integer quorum) {
    this.quorum = quorum;
  }
}
