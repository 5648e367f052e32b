package org.gongshi.portal.entity;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.gongshi.platform.id.PartyKind;

/**
 * A decision as the public sees it: only approved, redacted text. Withdrawal and take-down clear
 * every text field; the number, agency, dates and the public notice stay at the same permalink.
 */
@Entity
@Table(name = "published_decision")
@NamedQuery(
    name = PublishedDecision.BY_DISCLOSURE,
    query = "SELECT p FROM PublishedDecision p WHERE p.disclosureId = :disclosureId")
public class PublishedDecision {
  public static final String BY_DISCLOSURE = "PublishedDecision.byDisclosure";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "disclosure_id")
  private long disclosureId;

  @Column(name = "agency_id")
  private long agencyId;

  @Column(name = "agency_name")
  private String agencyName;

  @Column(name = "agency_uscc")
  private String agencyUscc;

  @Column(name = "decision_number")
  private String decisionNumber;

  @Enumerated(EnumType.STRING)
  private PublicationStatus status;

  @Column(name = "party_name")
  private String partyName;

  @Enumerated(EnumType.STRING)
  @Column(name = "party_category")
  private PartyKind partyCategory;

  @Column(name = "party_uscc")
  private String partyUscc;

  @Column(name = "legal_representative")
  private String legalRepresentative;

  @Column(name = "violation_type")
  private String violationType;

  /** Whether 违法行为类型 was checked for a raw case title (at publication or at a start). */
  @Column(name = "title_checked")
  private boolean titleChecked;

  private String facts;

  @Column(name = "legal_basis")
  private String legalBasis;

  /** Penalty kinds, joined by "；". */
  @Column(name = "penalty_types")
  private String penaltyTypes;

  @Column(name = "penalty_content")
  private String penaltyContent;

  @Column(name = "fine_wan")
  private BigDecimal fineWan;

  @Column(name = "confiscated_wan")
  private BigDecimal confiscatedWan;

  private String licence;
  private String domain;

  @Column(name = "catalog_code")
  private String catalogCode;

  @Column(name = "procedure_kind")
  private String procedureKind;

  @Column(name = "public_text")
  private String publicText;

  @Column(name = "pdf_sha256")
  private String pdfSha256;

  @Column(name = "decided_on")
  private LocalDate decidedOn;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "repair_from")
  private LocalDate repairFrom;

  @Column(name = "expires_on")
  private LocalDate expiresOn;

  private String notice;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private long version;

  protected PublishedDecision() {}

  public PublishedDecision(
      long disclosureId,
      long agencyId,
      String agencyName,
      String agencyUscc,
      String decisionNumber,
      LocalDate decidedOn,
      Instant publishedAt) {
    this.disclosureId = disclosureId;
    this.agencyId = agencyId;
    this.agencyName = agencyName;
    this.agencyUscc = agencyUscc;
    this.decisionNumber = decisionNumber;
    this.decidedOn = decidedOn;
    this.publishedAt = publishedAt;
    this.status = PublicationStatus.PUBLISHED;
    this.updatedAt = publishedAt;
  }

  /** Replaces the 违法行为类型 with a masked one (a correction made by the system, audited). */
  public void correctViolationType(String masked, Instant at) {
    this.violationType = masked;
    this.updatedAt = at;
    this.titleChecked = true;
  }

  /** 违法行为类型 is known to be masked: start-up need not look at it again. */
  public void titleChecked() {
    this.titleChecked = true;
  }

  public boolean isTitleChecked() {
    return titleChecked;
  }

  /** The public content (all already redacted). */
  public void content(
      String partyName,
      PartyKind category,
      String partyUscc,
      String legalRepresentative,
      String violationType,
      String facts,
      String legalBasis,
      String penaltyTypes,
      String penaltyContent,
      BigDecimal fineWan,
      BigDecimal confiscatedWan,
      String licence,
      String domain,
      String procedureKind,
      String publicText) {
    this.partyName = partyName;
    this.partyCategory = category;
    this.partyUscc = partyUscc;
    this.legalRepresentative = legalRepresentative;
    this.violationType = violationType;
    this.titleChecked = true; // written from the approved, masked title
    this.facts = facts;
    this.legalBasis = legalBasis;
    this.penaltyTypes = penaltyTypes;
    this.penaltyContent = penaltyContent;
    this.fineWan = fineWan;
    this.confiscatedWan = confiscatedWan;
    this.licence = licence;
    this.domain = domain;
    this.procedureKind = procedureKind;
    this.publicText = publicText;
  }

  public void period(LocalDate repairFrom, LocalDate expiresOn) {
    this.repairFrom = repairFrom;
    this.expiresOn = expiresOn;
  }

  public void pdf(String sha256) {
    this.pdfSha256 = sha256;
  }

  /** Withdraws or takes down: the texts go, the notice stays. */
  public void end(PublicationStatus to, String notice, Instant at) {
    if (to == PublicationStatus.PUBLISHED)
      throw new IllegalArgumentException("end needs WITHDRAWN or TAKEN_DOWN");
    this.status = to;
    this.notice = notice;
    this.endedAt = at;
    this.updatedAt = at;
    partyName = null;
    partyUscc = null;
    legalRepresentative = null;
    facts = null;
    legalBasis = null;
    penaltyContent = null;
    publicText = null;
    pdfSha256 = null;
    licence = null;
  }

  public Long getId() {
    return id;
  }

  public long getDisclosureId() {
    return disclosureId;
  }

  public long getAgencyId() {
    return agencyId;
  }

  public String getAgencyName() {
    return agencyName;
  }

  public String getAgencyUscc() {
    return agencyUscc;
  }

  public String getDecisionNumber() {
    return decisionNumber;
  }

  public PublicationStatus getStatus() {
    return status;
  }

  public boolean isPublic() {
    return status == PublicationStatus.PUBLISHED;
  }

  public String getPartyName() {
    return partyName;
  }

  public PartyKind getPartyCategory() {
    return partyCategory;
  }

  public String getPartyUscc() {
    return partyUscc;
  }

  public String getLegalRepresentative() {
    return legalRepresentative;
  }

  public String getViolationType() {
    return violationType;
  }

  public String getFacts() {
    return facts;
  }

  public String getLegalBasis() {
    return legalBasis;
  }

  public String getPenaltyTypes() {
    return penaltyTypes;
  }

  public String getPenaltyContent() {
    return penaltyContent;
  }

  public BigDecimal getFineWan() {
    return fineWan;
  }

  public BigDecimal getConfiscatedWan() {
    return confiscatedWan;
  }

  public String getLicence() {
    return licence;
  }

  public String getDomain() {
    return domain;
  }

  /** The power-list item's code the decision enforces, or null. */
  public String getCatalogCode() {
    return catalogCode;
  }

  public void item(String code) {
    this.catalogCode = code;
  }

  public String getProcedureKind() {
    return procedureKind;
  }

  public String getPublicText() {
    return publicText;
  }

  public String getPdfSha256() {
    return pdfSha256;
  }

  public LocalDate getDecidedOn() {
    return decidedOn;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public LocalDate getRepairFrom() {
    return repairFrom;
  }

  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  public String getNotice() {
    return notice;
  }

  public Instant getEndedAt() {
    return endedAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }
}
