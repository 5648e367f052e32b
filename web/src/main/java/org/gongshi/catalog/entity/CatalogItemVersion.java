package org.gongshi.catalog.entity;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;

/** One version of a power-list item; never updated, a change appends the next version. */
@Entity
@Table(name = "catalog_item_version")
@NamedQuery(
    name = CatalogItemVersion.BY_AGENCY,
    query =
        "SELECT v FROM CatalogItemVersion v WHERE v.agencyId = :agencyId ORDER BY v.code, v.versionNo")
@NamedQuery(
    name = CatalogItemVersion.ALL,
    query = "SELECT v FROM CatalogItemVersion v ORDER BY v.agencyId, v.code, v.versionNo")
public class CatalogItemVersion {
  public static final String BY_AGENCY = "CatalogItemVersion.byAgency";
  public static final String ALL = "CatalogItemVersion.all";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "agency_id")
  private long agencyId;

  private String code;

  @Column(name = "version_no")
  private int versionNo;

  @Column(name = "effective_from")
  private LocalDate effectiveFrom;

  private String reason;
  private String name;
  private String kind;
  private String domain;

  @Column(name = "enforcement_unit")
  private String enforcementUnit;

  private boolean withdrawn;

  @Column(length = 100_000)
  private String data;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "created_by")
  private String createdBy;

  protected CatalogItemVersion() {}

  public CatalogItemVersion(
      long agencyId,
      String code,
      int versionNo,
      LocalDate effectiveFrom,
      String reason,
      String name,
      String kind,
      String domain,
      String enforcementUnit,
      boolean withdrawn,
      String data,
      String createdBy,
      Instant createdAt) {
    this.agencyId = agencyId;
    this.code = code;
    this.versionNo = versionNo;
    this.effectiveFrom = effectiveFrom;
    this.reason = reason;
    this.name = name;
    this.kind = kind;
    this.domain = domain;
    this.enforcementUnit = enforcementUnit;
    this.withdrawn = withdrawn;
    this.data = data;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public long getAgencyId() {
    return agencyId;
  }

  public String getCode() {
    return code;
  }

  public int getVersionNo() {
    return versionNo;
  }

  public LocalDate getEffectiveFrom() {
    return effectiveFrom;
  }

  public String getReason() {
    return reason;
  }

  public String getName() {
    return name;
  }

  public String getKind() {
    return kind;
  }

  public String getDomain() {
    return domain;
  }

  public String getEnforcementUnit() {
    return enforcementUnit;
  }

  public boolean isWithdrawn() {
    return withdrawn;
  }

  public String getData() {
    return data;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }
}
