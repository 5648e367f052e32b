package org.gongshi.archive.entity;

import jakarta.persistence.*;
import java.time.Instant;

/** A correction note appended to a case; the only change a sealed case accepts. */
@Entity
@Table(name = "case_annotation")
public class Annotation {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "case_id")
  private EnforcementCase enforcementCase;

  private String body;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "created_by")
  private String createdBy;

  protected Annotation() {}

  public Annotation(
      EnforcementCase enforcementCase, String body, String createdBy, Instant createdAt) {
    this.enforcementCase = enforcementCase;
    this.body = body;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public String getBody() {
    return body;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }
}
