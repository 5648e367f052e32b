package org.gongshi.archive.entity;

import jakarta.persistence.*;
import org.gongshi.platform.id.PartyKind;

/** A party to a case (当事人). Natural persons carry an ID number, organisations a USCC. */
@Embeddable
public class Party {
  @Enumerated(EnumType.STRING)
  private PartyKind kind;

  private String name;

  @Column(name = "id_number")
  private String idNumber;

  private String uscc;

  @Column(name = "legal_representative")
  private String legalRepresentative;

  private String address;
  private boolean minor;

  protected Party() {}

  public Party(
      PartyKind kind,
      String name,
      String idNumber,
      String uscc,
      String legalRepresentative,
      String address,
      boolean minor) {
    this.kind = kind;
    this.name = name;
    this.idNumber = idNumber;
    this.uscc = uscc;
    this.legalRepresentative = legalRepresentative;
    this.address = address;
    this.minor = minor;
  }

  public PartyKind getKind() {
    return kind;
  }

  public String getName() {
    return name;
  }

  public String getIdNumber() {
    return idNumber;
  }

  public String getUscc() {
    return uscc;
  }

  public String getLegalRepresentative() {
    return legalRepresentative;
  }

  public String getAddress() {
    return address;
  }

  public boolean isMinor() {
    return minor;
  }
}
