package org.gongshi.archive.entity;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A document (文书) of a case, of a catalog type, holding zero or more files. */
@Entity
@Table(name = "case_document")
public class CaseDocument {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "case_id")
  private EnforcementCase enforcementCase;

  @Enumerated(EnumType.STRING)
  @Column(name = "doc_type")
  private DocumentType type;

  private String title;

  /** Archive position, fixed when the case is sealed. */
  private Integer position;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "created_by")
  private String createdBy;

  /** The date the document bears; null when not given (then only the upload day is known). */
  @Column(name = "document_date")
  private LocalDate documentDate;

  @OneToMany(mappedBy = "document")
  @OrderBy("id")
  private List<StoredFile> files = new ArrayList<>();

  protected CaseDocument() {}

  public CaseDocument(
      EnforcementCase enforcementCase,
      DocumentType type,
      String title,
      String createdBy,
      Instant createdAt) {
    enforcementCase.requireChangeable();
    this.enforcementCase = enforcementCase;
    this.type = type;
    this.title = title;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  /** Dates the document with its own date (null: unknown). */
  public void dateDocument(LocalDate documentDate) {
    enforcementCase.requireChangeable();
    this.documentDate = documentDate;
  }

  public LocalDate getDocumentDate() {
    return documentDate;
  }

  public void fixPosition(int position) {
    this.position = position;
  }

  public Long getId() {
    return id;
  }

  public EnforcementCase getEnforcementCase() {
    return enforcementCase;
  }

  public DocumentType getType() {
    return type;
  }

  public String getTitle() {
    return title;
  }

  public Integer getPosition() {
    return position;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public List<StoredFile> getFiles() {
    return Collections.unmodifiableList(files);
  }
}
