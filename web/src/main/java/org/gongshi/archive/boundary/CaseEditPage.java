package org.gongshi.archive.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongshi.archive.boundary.Inputs.CaseInput;
import org.gongshi.archive.boundary.Inputs.MilestoneInput;
import org.gongshi.archive.boundary.Inputs.PartyInput;
import org.gongshi.archive.boundary.Inputs.PenaltyInput;
import org.gongshi.archive.boundary.Views.CaseView;
import org.gongshi.archive.boundary.Views.OfficerView;
import org.gongshi.archive.entity.CaseSource;
import org.gongshi.archive.entity.MilestoneKind;
import org.gongshi.archive.entity.PenaltyKind;
import org.gongshi.archive.entity.Procedure;
import org.gongshi.catalog.control.DiscretionLevel;
import org.gongshi.catalog.control.ItemVersion;
import org.gongshi.platform.DatePolicy;
import org.gongshi.platform.DomainException;
import org.gongshi.platform.PageMessages;
import org.gongshi.platform.id.PartyKind;
import org.gongshi.security.CurrentUser;

/**
 * Opening and editing a case on screen, through the same {@link CaseService} rules as the API:
 * parties with their codes, officers with certificates valid today, the power-list item and
 * discretion level in force (with the allowed fine range), penalties. Rows are added and removed by
 * ordinary submits, so the page works without scripts.
 */
@Named
@ViewScoped
public class CaseEditPage implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String NONE = "";

  @Inject transient CaseService cases;
  @Inject transient CaseFiles files;
  @Inject transient CurrentUser currentUser;
  @Inject transient Validator validator;

  /** One party row of the form. */
  public static class PartyRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private PartyKind kind = PartyKind.ORGANISATION;
    private String name;
    private String idNumber;
    private String uscc;
    private String legalRepresentative;
    private String address;
    private boolean minor;

    public PartyKind getKind() {
      return kind;
    }

    public void setKind(PartyKind kind) {
      this.kind = kind;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getIdNumber() {
      return idNumber;
    }

    public void setIdNumber(String idNumber) {
      this.idNumber = idNumber;
    }

    public String getUscc() {
      return uscc;
    }

    public void setUscc(String uscc) {
      this.uscc = uscc;
    }

    public String getLegalRepresentative() {
      return legalRepresentative;
    }

    public void setLegalRepresentative(String legalRepresentative) {
      this.legalRepresentative = legalRepresentative;
    }

    public String getAddress() {
      return address;
    }

    public void setAddress(String address) {
      this.address = address;
    }

    public boolean isMinor() {
      return minor;
    }

    public void setMinor(boolean minor) {
      this.minor = minor;
    }
  }

  /** One penalty row of the form. */
  public static class PenaltyRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private PenaltyKind kind = PenaltyKind.FINE;
    private BigDecimal amount;
    private String note;

    public PenaltyKind getKind() {
      return kind;
    }

    public void setKind(PenaltyKind kind) {
      this.kind = kind;
    }

    public BigDecimal getAmount() {
      return amount;
    }

    public void setAmount(BigDecimal amount) {
      this.amount = amount;
    }

    public String getNote() {
      return note;
    }

    public void setNote(String note) {
      this.note = note;
    }
  }

  /** A choice of the power-list select: an item alone or one of its discretion levels. */
  public record Choice(String value, String label) implements Serializable {}

  private Long id;
  private boolean loaded;
  private Long agencyId;
  private String caseNumber;
  private String title;
  private Procedure procedure = Procedure.GENERAL;
  private CaseSource source = CaseSource.PATROL;
  private String violation;
  private String legalBasis;
  private LocalDate filedOn;
  private List<PartyRow> parties = new ArrayList<>();
  private List<PenaltyRow> penalties = new ArrayList<>();
  private List<Long> officerIds = new ArrayList<>();
  private String catalogChoice = NONE;
  private String discretionReason;
  private transient List<OfficerView> officers;
  private transient List<ItemVersion> items;

  /** Loads the case being edited, or proposes a number and today's date for a new one. */
  public void load() {
    if (loaded) return;
    loaded = true;
    try {
      if (id != null) {
        CaseView c = cases.getCase(id);
        agencyId =
            c.status() == org.gongshi.archive.entity.CaseStatus.SEALED ? null : c.agency().id();
        caseNumber = c.caseNumber();
        title = c.title();
        procedure = c.procedure();
        source = c.source();
        violation = c.violation();
        legalBasis = c.legalBasis();
        c.parties()
            .forEach(
                p -> {
                  PartyRow r = new PartyRow();
                  r.kind = p.kind();
                  r.name = p.name();
                  r.idNumber = p.idNumber();
                  r.uscc = p.uscc();
                  r.legalRepresentative = p.legalRepresentative();
                  r.address = p.address();
                  r.minor = p.minor();
                  parties.add(r);
                });
        c.penalties()
            .forEach(
                p -> {
                  PenaltyRow r = new PenaltyRow();
                  r.kind = p.kind();
                  r.amount = p.amount();
                  r.note = p.note();
                  penalties.add(r);
                });
        c.officers().forEach(o -> officerIds.add(o.id()));
        if (c.catalogCode() != null) {
          catalogChoice =
              c.catalogCode() + (c.discretionLevel() == null ? "" : "|" + c.discretionLevel());
        }
        discretionReason = c.discretionReason();
      } else {
        currentUser.require(CaseService.WRITERS);
        agencyId = currentUser.user().map(u -> u.getAgency()).map(a -> a.getId()).orElse(null);
        caseNumber = cases.proposeCaseNumber();
        filedOn = DatePolicy.today();
        parties.add(new PartyRow());
        penalties.add(new PenaltyRow());
      }
    } catch (DomainException e) {
      error(e);
      agencyId = null;
    }
  }

  /** Whether the form can be used: a writer with an agency (new) or an unsealed case (edit). */
  public boolean isUsable() {
    return agencyId != null && currentUser.hasAny(CaseService.WRITERS);
  }

  public boolean isEditing() {
    return id != null;
  }

  /** A plain submit: the page shows the range of the item and level now chosen. */
  public String refresh() {
    return null;
  }

  public String addParty() {
    parties.add(new PartyRow());
    return null;
  }

  public String removeParty(PartyRow row) {
    parties.remove(row);
    return null;
  }

  public String addPenalty() {
    penalties.add(new PenaltyRow());
    return null;
  }

  public String removePenalty(PenaltyRow row) {
    penalties.remove(row);
    return null;
  }

  /** Opens or updates the case; on success the case page, else the form with Chinese messages. */
  public String save() {
    String[] chosen = catalogChoice == null ? new String[0] : catalogChoice.split("\\|", 2);
    CaseInput in =
        new CaseInput(
            caseNumber,
            title,
            procedure,
            source,
            violation,
            legalBasis,
            parties.stream()
                .map(
                    p ->
                        new PartyInput(
                            p.kind,
                            p.name,
                            p.idNumber,
                            p.uscc,
                            p.legalRepresentative,
                            p.address,
                            p.minor))
                .toList(),
            List.copyOf(officerIds),
            penalties.stream()
                .filter(p -> p.kind != null)
                .map(p -> new PenaltyInput(p.kind, p.amount, p.note))
                .toList(),
            agencyId,
            chosen.length > 0 && !chosen[0].isBlank() ? chosen[0] : null,
            chosen.length > 1 ? chosen[1] : null,
            discretionReason);
    var violations = validator.validate(in);
    if (!violations.isEmpty()) {
      violations.stream()
          .map(ConstraintViolation::getMessage)
          .distinct()
          .forEach(m -> message(FacesMessage.SEVERITY_ERROR, m));
      return null;
    }
    try {
      long caseId;
      if (id == null) {
        String dateProblem =
            procedure != Procedure.GENERAL
                ? null
                : filedOn == null ? "请填写立案日期" : DatePolicy.pastProblem(filedOn, DatePolicy.today());
        if (dateProblem != null) {
          throw DomainException.invalid("filedOn", dateProblem);
        }
        caseId = cases.openCase(in).id();
        if (procedure == Procedure.GENERAL) {
          cases.recordMilestone(caseId, new MilestoneInput(MilestoneKind.FILED, filedOn, null));
        }
        // the rows the procedure needs before archiving, ready for their files
        for (org.gongshi.archive.entity.DocumentType t :
            new java.util.TreeSet<>(
                org.gongshi.archive.entity.DocumentType.requiredFor(procedure))) {
          files.addDocument(caseId, new Inputs.DocumentInput(t, null, null));
        }
        message(FacesMessage.SEVERITY_INFO, "已立案：" + caseNumber.trim());
      } else {
        caseId = cases.updateCase(id, in).id();
        message(FacesMessage.SEVERITY_INFO, "案件信息已保存");
      }
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/staff/case?faces-redirect=true&id=" + caseId;
    } catch (DomainException e) {
      error(e);
      return null;
    }
  }

  /** The page's names of the fields the rules refer to. */
  static final Map<String, String> LABELS = labels();

  private static Map<String, String> labels() {
    Map<String, String> m = new HashMap<>();
    m.put("filedOn", "立案日期");
    m.put("violation", "违法事实");
    m.put("legalBasis", "法律依据");
    m.put("source", "案件来源");
    m.put("discretionReason", "超出裁量档次的书面理由");
    for (int i = 0; i < 50; i++) {
      m.put("penalties[" + i + "].amount", "第 " + (i + 1) + " 项处罚的金额");
      m.put("penalties[" + i + "].kind", "第 " + (i + 1) + " 项处罚的种类");
    }
    return Map.copyOf(m);
  }

  private void error(DomainException e) {
    message(FacesMessage.SEVERITY_ERROR, PageMessages.of(e, LABELS));
  }

  private static void message(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }

  // --- choices --------------------------------------------------------------------------------

  public List<OfficerView> getOfficers() {
    if (officers == null) officers = agencyId == null ? List.of() : cases.officersOf(agencyId);
    return officers;
  }

  /** An officer as the checkbox names them, with the certificate and whether it is valid today. */
  public String officerLabel(OfficerView o) {
    boolean valid = !o.validUntil().isBefore(DatePolicy.today());
    return o.name()
        + "（执法证 "
        + o.certificateNo()
        + "，"
        + (valid ? "有效期至 " + o.validUntil() : "已于 " + o.validUntil() + " 过期，不能参与办案")
        + "）";
  }

  public boolean officerExpired(OfficerView o) {
    return o.validUntil().isBefore(DatePolicy.today());
  }

  private List<ItemVersion> items() {
    if (items == null) items = agencyId == null ? List.of() : cases.catalogInForce(agencyId);
    return items;
  }

  /** Each item in force, then each of its levels with the allowed fine range. */
  public List<Choice> getCatalogChoices() {
    List<Choice> out = new ArrayList<>();
    out.add(new Choice(NONE, "（不指定）"));
    for (ItemVersion v : items()) {
      String item = v.code() + " " + v.data().name();
      out.add(new Choice(v.code(), item + "（未选裁量档次）"));
      for (DiscretionLevel l : v.data().levels()) {
        out.add(new Choice(v.code() + "|" + l.name(), item + " · 裁量档次" + l.describe()));
      }
    }
    return out;
  }

  /** What the chosen item and level allow, shown under the select. */
  public String getAllowedRange() {
    if (catalogChoice == null || catalogChoice.isBlank()) return null;
    String[] chosen = catalogChoice.split("\\|", 2);
    return items().stream()
        .filter(v -> v.code().equals(chosen[0]))
        .findFirst()
        .map(
            v -> {
              String statutory =
                  v.data().statutoryRange() == null
                      ? ""
                      : "法定罚款幅度 " + v.data().statutoryRange() + "；";
              if (chosen.length < 2) return statutory + "请选择裁量档次";
              return statutory
                  + v.data()
                      .level(chosen[1])
                      .map(
                          l ->
                              "档次"
                                  + l.describe()
                                  + (l.conditions().isEmpty() ? "" : "，适用情形：" + l.conditions()))
                      .orElse("该档次已不在现行清单中");
            })
        .orElse("该事项不在本机关现行权责清单中");
  }

  public PartyKind[] getPartyKinds() {
    return PartyKind.values();
  }

  public PenaltyKind[] getPenaltyKinds() {
    return PenaltyKind.values();
  }

  public Procedure[] getProcedures() {
    return Procedure.values();
  }

  public CaseSource[] getSources() {
    return CaseSource.values();
  }

  // --- form properties ------------------------------------------------------------------------

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getCaseNumber() {
    return caseNumber;
  }

  public void setCaseNumber(String caseNumber) {
    this.caseNumber = caseNumber;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public Procedure getProcedure() {
    return procedure;
  }

  public void setProcedure(Procedure procedure) {
    this.procedure = procedure;
  }

  public CaseSource getSource() {
    return source;
  }

  public void setSource(CaseSource source) {
    this.source = source;
  }

  public String getViolation() {
    return violation;
  }

  public void setViolation(String violation) {
    this.violation = violation;
  }

  public String getLegalBasis() {
    return legalBasis;
  }

  public void setLegalBasis(String legalBasis) {
    this.legalBasis = legalBasis;
  }

  public LocalDate getFiledOn() {
    return filedOn;
  }

  public void setFiledOn(LocalDate filedOn) {
    this.filedOn = filedOn;
  }

  public List<PartyRow> getParties() {
    return parties;
  }

  public List<PenaltyRow> getPenalties() {
    return penalties;
  }

  public List<Long> getOfficerIds() {
    return officerIds;
  }

  public void setOfficerIds(List<Long> officerIds) {
    this.officerIds = new ArrayList<>(officerIds);
  }

  public String getCatalogChoice() {
    return catalogChoice;
  }

  public void setCatalogChoice(String catalogChoice) {
    this.catalogChoice = catalogChoice;
  }

  public String getDiscretionReason() {
    return discretionReason;
  }

  public void setDiscretionReason(String discretionReason) {
    this.discretionReason = discretionReason;
  }
}
