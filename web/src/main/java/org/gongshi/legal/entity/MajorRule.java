package org.gongshi.legal.entity;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One version of the rule that makes a decision major (DOMAIN.md §4), for a region (a prefix of an
 * agency's region, "" everywhere) and a sector (a power-list domain, "" every sector) from a day
 * on. Rules are never edited: a change is a new row with a later effective date.
 */
@Entity
@Table(name = "major_rule")
@NamedQuery(
    name = MajorRule.ALL,
    query = "SELECT r FROM MajorRule r ORDER BY r.region, r.sector, r.effectiveFrom")
public class MajorRule {
  public static final String ALL = "MajorRule.all";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String region;
  private String sector;

  @Column(name = "effective_from")
  private LocalDate effectiveFrom;

  @Column(name = "person_amount")
  private BigDecimal personAmount;

  @Column(name = "organisation_amount")
  private BigDecimal organisationAmount;

  @Column(name = "hearing_person_amount")
  private BigDecimal hearingPersonAmount;

  @Column(name = "hearing_organisation_amount")
  private BigDecimal hearingOrganisationAmount;

  @Column(name = "suspend_business")
  private boolean suspendBusiness;

  @Column(name = "revoke_licence")
  private boolean revokeLicence;

  @Column(name = "close_order")
  private boolean closeOrder;

  private String note;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  protected MajorRule() {}

  public MajorRule(
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
      String createdBy,
      Instant createdAt) {
    this.region = region;
    this.sector = sector;
    this.effectiveFrom = effectiveFrom;
    this.personAmount = personAmount;
    this.organisationAmount = organisationAmount;
    this.hearingPersonAmount = hearingPersonAmount;
    this.hearingOrganisationAmount = hearingOrganisationAmount;
    this.suspendBusiness = suspendBusiness;
    this.revokeLicence = revokeLicence;
    this.closeOrder = closeOrder;
    this.note = note;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public String getRegion() {
    return region;
  }

  public String getSector() {
    return sector;
  }

  public LocalDate getEffectiveFrom() {
    return effectiveFrom;
  }

  public BigDecimal getPersonAmount() {
    return personAmount;
  }

  public BigDecimal getOrganisationAmount() {
    return organisationAmount;
  }

  public BigDecimal getHearingPersonAmount() {
    return hearingPersonAmount;
  }

  public BigDecimal getHearingOrganisationAmount() {
    return hearingOrganisationAmount;
  }

  public boolean isSuspendBusiness() {
    return suspendBusiness;
  }

  public boolean isRevokeLicence() {
    return revokeLicence;
  }

  public boolean isCloseOrder() {
    return closeOrder;
  }

  public String getNote() {
    return note;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
