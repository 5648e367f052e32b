package org.gongshi.organisation.entity;

import jakarta.persistence.*;
import java.time.LocalDate;

/** An enforcement officer holding a certificate (执法证). */
@Entity
@Table(name = "officer")
@NamedQuery(
    name = Officer.BY_AGENCY,
    query = "SELECT o FROM Officer o WHERE o.agency.id = :agencyId ORDER BY o.id")
public class Officer {
  public static final String BY_AGENCY = "Officer.byAgency";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "agency_id")
  private Agency agency;

  private String name;

  @Column(name = "certificate_no")
  private String certificateNo;

  @Column(name = "valid_until")
  private LocalDate validUntil;

  protected Officer() {}

  public Officer(Agency agency, String name, String certificateNo, LocalDate validUntil) {
    this.agency = agency;
    this.name = name;
    this.certificateNo = certificateNo;
    this.validUntil = validUntil;
  }

  /** A renewed or corrected enforcement certificate (执法证). */
  public void updateCertificate(String name, String certificateNo, LocalDate validUntil) {
    this.name = name;
    this.certificateNo = certificateNo;
    this.validUntil = validUntil;
  }

  public Long getId() {
    return id;
  }

  public Agency getAgency() {
    return agency;
  }

  public String getName() {
    return name;
  }

  public String getCertificateNo() {
    return certificateNo;
  }

  public LocalDate getValidUntil() {
    return validUntil;
  }

  public boolean isCertificateValidOn(LocalDate day) {
    return !validUntil.isBefore(day);
  }
}
