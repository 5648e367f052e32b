package org.gongshi.organisation.entity;

import jakarta.persistence.*;

/** An enforcement body (执法主体): owns cases, officers and users. */
@Entity
@Table(name = "agency")
@NamedQuery(name = Agency.ALL, query = "SELECT a FROM Agency a ORDER BY a.id")
@NamedQuery(
    name = Agency.BY_SHORT_NAME,
    query = "SELECT a FROM Agency a WHERE a.shortName = :shortName")
public class Agency {
  public static final String ALL = "Agency.all";
  public static final String BY_SHORT_NAME = "Agency.byShortName";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;

  @Column(name = "short_name")
  private String shortName;

  private String uscc;
  private String region;

  /** The publisher of a decision must not be its approver (default on). */
  @Column(name = "four_eyes")
  private boolean fourEyes = true;

  /** How the natural-person party's name is written in public (a disclosure NameStyle's name). */
  @Column(name = "party_name_style")
  private String partyNameStyle = "FIRST_CHAR";

  /** Whether the legal representative of an organisation party stays in the public copy. */
  @Column(name = "keep_legal_representative")
  private boolean keepLegalRepresentative = true;

  protected Agency() {}

  public Agency(String name, String shortName, String uscc, String region) {
    this.name = name;
    this.shortName = shortName;
    this.uscc = uscc;
    this.region = region;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getShortName() {
    return shortName;
  }

  public String getUscc() {
    return uscc;
  }

  public String getRegion() {
    return region;
  }

  public boolean isFourEyes() {
    return fourEyes;
  }

  public void setFourEyes(boolean fourEyes) {
    this.fourEyes = fourEyes;
  }

  public String getPartyNameStyle() {
    return partyNameStyle;
  }

  public void setPartyNameStyle(String partyNameStyle) {
    this.partyNameStyle = partyNameStyle;
  }

  public boolean isKeepLegalRepresentative() {
    return keepLegalRepresentative;
  }

  public void setKeepLegalRepresentative(boolean keep) {
    this.keepLegalRepresentative = keep;
  }
}
