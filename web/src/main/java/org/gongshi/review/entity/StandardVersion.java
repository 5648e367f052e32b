package org.gongshi.review.entity;

import jakarta.persistence.*;
import java.time.Instant;

/** One version of a review standard, written once; an edit is a new version based on this one. */
@Entity
@Table(name = "review_standard")
@NamedQuery(name = StandardVersion.ALL, query = "SELECT s FROM StandardVersion s ORDER BY s.id")
public class StandardVersion {
  public static final String ALL = "StandardVersion.all";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;

  @Column(name = "version_no")
  private int versionNo;

  @Column(name = "based_on")
  private Long basedOn;

  /** The standard as JSON (review.control.StandardJson). */
  private String content;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  protected StandardVersion() {}

  public StandardVersion(
      String name,
      int versionNo,
      Long basedOn,
      String content,
      String createdBy,
      Instant createdAt) {
    this.name = name;
    this.versionNo = versionNo;
    this.basedOn = basedOn;
    this.content = content;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public int getVersionNo() {
    return versionNo;
  }

  public Long getBasedOn() {
    return basedOn;
  }

  public String getContent() {
    return content;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
