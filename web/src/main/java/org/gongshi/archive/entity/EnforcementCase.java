package org.gongshi.archive.entity;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;
import java.util.*;
import org.gongshi.organisation.entity.Agency;
import org.gongshi.organisation.entity.Officer;

/**
 * An enforcement case file (案卷): parties, officers, penalties, milestones and documents. Once
 * sealed it is frozen; {@link #requireChangeable()} is the single gate every change passes.
 */
@Entity
@Table(name = "enforcement_case")
@NamedQuery(
    name = EnforcementCase.BY_NUMBER,
    query =
        "SELECT c FROM EnforcementCase c WHERE c.agency.id = :agencyId AND c.caseNumber = :caseNumber")
@NamedQuery(
    name = EnforcementCase.BY_DECISION_NUMBER,
    query =
        "SELECT c FROM EnforcementCase c WHERE c.agency.id = :agencyId"
            + " AND c.decisionNumberKey = :key AND c.id <> :except")
public class EnforcementCase {
  public static final String BY_NUMBER = "EnforcementCase.byNumber";
  public static final String BY_DECISION_NUMBER = "EnforcementCase.byDecisionNumber";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "agency_id")
  private Agency agency;

  @Column(name = "case_number")
  private String caseNumber;

  private String title;

  @Enumerated(EnumType.STRING)
  @Column(name = "procedure_kind")
  private Procedure procedure;

  @Enumerated(EnumType.STRING)
  private CaseSource source;

  @Enumerated(EnumType.STRING)
  private CaseStatus status;

  private String violation;

  @Column(name = "legal_basis")
  private String legalBasis;

  @Column(name = "decision_number")
  private String decisionNumber;

  /** The number as compared for uniqueness per agency (see archive.control.DecisionNumbers). */
  @Column(name = "decision_number_key")
  private String decisionNumberKey;

  @Column(name = "extension_days")
  private Integer extensionDays;

  /** Day of the violation (end of a continuing one); null when the file does not record it. */
  @Column(name = "violation_day")
  private LocalDate violationDay;

  @Column(name = "extension_approved_by")
  private String extensionApprovedBy;

  @Column(name = "extension_reason")
  private String extensionReason;

  @Column(name = "catalog_code")
  private String catalogCode;

  @Column(name = "discretion_level")
  private String discretionLevel;

  @Column(name = "discretion_reason")
  private String discretionReason;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "sealed_at")
  private Instant sealedAt;

  @Column(name = "sealed_by")
  private String sealedBy;

  @Version private long version;

  @ElementCollection
  @CollectionTable(name = "case_party", joinColumns = @JoinColumn(name = "case_id"))
  @OrderColumn(name = "position")
  private List<Party> parties = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "case_penalty", joinColumns = @JoinColumn(name = "case_id"))
  @OrderColumn(name = "position")
  private List<Penalty> penalties = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "case_milestone", joinColumns = @JoinColumn(name = "case_id"))
  @MapKeyColumn(name = "kind")
  @MapKeyEnumerated(EnumType.STRING)
  @Column(name = "milestone_day")
  private Map<MilestoneKind, LocalDate> milestones = new EnumMap<>(MilestoneKind.class);

  @ManyToMany
  @JoinTable(
      name = "case_officer",
      joinColumns = @JoinColumn(name = "case_id"),
      inverseJoinColumns = @JoinColumn(name = "officer_id"))
  private Set<Officer> officers = new LinkedHashSet<>();

  @OneToMany(mappedBy = "enforcementCase")
  @OrderBy("id")
  private List<CaseDocument> documents = new ArrayList<>();

  protected EnforcementCase() {}

  public EnforcementCase(
      Agency agency,
      String caseNumber,
      String title,
      Procedure procedure,
      CaseSource source,
      String violation,
      String legalBasis,
      String createdBy,
      Instant createdAt) {
    this.agency = agency;
    this.caseNumber = caseNumber;
    this.title = title;
    this.procedure = procedure;
    this.source = source;
    this.violation = violation;
    this.legalBasis = legalBasis;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
    this.status = CaseStatus.OPEN;
  }

  /** Refuses any change to a sealed case. */
  public void requireChangeable() {
    if (status == CaseStatus.SEALED) {
      throw new CaseSealedException(caseNumber);
    }
  }

  public void replaceParties(List<Party> newParties) {
    requireChangeable();
    parties.clear();
    parties.addAll(newParties);
  }

  public void replacePenalties(List<Penalty> newPenalties) {
    requireChangeable();
    penalties.clear();
    penalties.addAll(newPenalties);
  }

  public void replaceOfficers(Collection<Officer> newOfficers) {
    requireChangeable();
    officers.clear();
    officers.addAll(newOfficers);
  }

  public void recordMilestone(MilestoneKind kind, LocalDate day) {
    requireChangeable();
    milestones.put(kind, day);
  }

  public void recordDecisionNumber(String number, String key) {
    requireChangeable();
    this.decisionNumber = number;
    this.decisionNumberKey = key;
  }

  public void recordExtension(int days, String approvedBy, String reason) {
    requireChangeable();
    this.extensionDays = days;
    this.extensionApprovedBy = approvedBy;
    this.extensionReason = reason;
  }

  /**
   * The power-list item this case enforces, the discretion level applied and any written reason.
   */
  public void linkCatalog(String code, String level, String reason) {
    requireChangeable();
    this.catalogCode = code;
    this.discretionLevel = level;
    this.discretionReason = reason;
  }

  public void close() {
    requireChangeable();
    status = CaseStatus.CLOSED;
  }

  public void seal(String by, Instant at) {
    requireChangeable();
    status = CaseStatus.SEALED;
    sealedBy = by;
    sealedAt = at;
  }

  /** Import of an archive package: the case arrives already sealed. */
  public void restoreSealed(String by, Instant at) {
    status = CaseStatus.SEALED;
    sealedBy = by;
    sealedAt = at;
  }

  public Long getId() {
    return id;
  }

  public Agency getAgency() {
    return agency;
  }

  public String getCaseNumber() {
    return caseNumber;
  }

  public String getTitle() {
    return title;
  }

  public Procedure getProcedure() {
    return procedure;
  }

  public CaseSource getSource() {
    return source;
  }

  public CaseStatus getStatus() {
    return status;
  }

  public String getViolation() {
    return violation;
  }

  public String getLegalBasis() {
    return legalBasis;
  }

  public String getDecisionNumber() {
    return decisionNumber;
  }

  public LocalDate getViolationDay() {
    return violationDay;
  }

  /** Records the day of the violation, or of the end of a continuing violation (行政处罚法第三十六条). */
  public void recordViolationDay(LocalDate day) {
    requireChangeable();
    this.violationDay = day;
  }

  public Integer getExtensionDays() {
    return extensionDays;
  }

  public String getExtensionApprovedBy() {
    return extensionApprovedBy;
  }

  public String getExtensionReason() {
    return extensionReason;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getSealedAt() {
    return sealedAt;
  }

  public String getSealedBy() {
    return sealedBy;
  }

  public List<Party> getParties() {
    return Collections.unmodifiableList(parties);
  }

  public List<Penalty> getPenalties() {
    return Collections.unmodifiableList(penalties);
  }

  public Map<MilestoneKind, LocalDate> getMilestones() {
    return Collections.unmodifiableMap(milestones);
  }

  public Set<Officer> getOfficers() {
    return Collections.unmodifiableSet(officers);
  }

  public List<CaseDocument> getDocuments() {
    return Collections.unmodifiableList(documents);
  }

  public long getVersion() {
    return version;
  }

  /** The sum of the fines (罚款) of the decision, in yuan. */
  public java.math.BigDecimal totalFine() {
    return penalties.stream()
        .filter(p -> p.getKind() == PenaltyKind.FINE)
        .map(Penalty::getAmount)
        .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
  }

  public String getCatalogCode() {
    return catalogCode;
  }

  public String getDiscretionLevel() {
    return discretionLevel;
  }

  public String getDiscretionReason() {
    return discretionReason;
  }

  public boolean isSealed() {
    return status == CaseStatus.SEALED;
  }
}
