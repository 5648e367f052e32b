package org.gongshi.disclosure.entity;

import jakarta.persistence.*;
import java.time.Instant;

/** One of an agency's own redaction terms: kept (never masked as a name) or always masked. */
@Entity
@Table(name = "redaction_term")
@NamedQuery(
    name = RedactionTerm.BY_AGENCY,
    query = "SELECT t FROM RedactionTerm t WHERE t.agencyId = :agencyId ORDER BY t.id")
public class RedactionTerm {
  public static final String BY_AGENCY = "RedactionTerm.byAgency";

  /** What the redactor does with the term. */
  public enum Kind {
    KEEP,
    MASK
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "agency_id")
  private long agencyId;

  private String term;

  @Enumerated(EnumType.STRING)
  private Kind kind;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  protected RedactionTerm() {}

  public RedactionTerm(long agencyId, String term, Kind kind, String createdBy, Instant createdAt) {
    this.agencyId = agencyId;
    this.term = term;
    this.kind = kind;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public long getAgencyId() {
    return agencyId;
  }

  public String getTerm() {
    return term;
  }

  public Kind getKind() {
    return kind;
  }
}
