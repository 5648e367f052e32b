package org.gongshi.archive.entity;

import jakarta.persistence.*;
import java.time.Instant;

/** A file of a document: metadata here, bytes in the content store under its SHA-256. */
@Entity
@Table(name = "stored_file")
@NamedQuery(
    name = StoredFile.PENDING,
    query =
        "SELECT f.id FROM StoredFile f WHERE f.extractionStatus = org.gongshi.archive.entity.ExtractionStatus.PENDING")
@NamedQuery(name = StoredFile.ALL_IDS, query = "SELECT f.id FROM StoredFile f ORDER BY f.id")
@NamedQuery(
    name = StoredFile.COUNT_BY_SHA,
    query = "SELECT COUNT(f) FROM StoredFile f WHERE f.sha256 = :sha")
public class StoredFile {
  public static final String PENDING = "StoredFile.pending";
  public static final String ALL_IDS = "StoredFile.allIds";
  public static final String COUNT_BY_SHA = "StoredFile.countBySha";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "document_id")
  private CaseDocument document;

  @Column(name = "file_name")
  private String fileName;

  private String sha256;

  @Column(name = "size_bytes")
  private long sizeBytes;

  @Column(name = "media_type")
  private String mediaType;

  @Enumerated(EnumType.STRING)
  @Column(name = "extraction_status")
  private ExtractionStatus extractionStatus;

  @Column(name = "extraction_reason")
  private String extractionReason;

  @Column(name = "extraction_message")
  private String extractionMessage;

  @Column(name = "extracted_text", length = 1_000_000)
  private String extractedText;

  @Column(name = "uploaded_at")
  private Instant uploadedAt;

  @Column(name = "uploaded_by")
  private String uploadedBy;

  @Column(name = "last_fixity_check")
  private Instant lastFixityCheck;

  @Column(name = "fixity_ok")
  private Boolean fixityOk;

  protected StoredFile() {}

  public StoredFile(
      CaseDocument document,
      String fileName,
      String sha256,
      long sizeBytes,
      String mediaType,
      String uploadedBy,
      Instant uploadedAt) {
    document.getEnforcementCase().requireChangeable();
    this.document = document;
    this.fileName = fileName;
    this.sha256 = sha256;
    this.sizeBytes = sizeBytes;
    this.mediaType = mediaType;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
    this.extractionStatus = ExtractionStatus.PENDING;
  }

  /** Characters of extracted text the row keeps (the column's size). */
  public static final int MAX_TEXT = 1_000_000;

  /**
   * Extraction results are derived data, so they may be recorded even after sealing. Text beyond
   * {@link #MAX_TEXT} characters is cut (the file itself is kept whole) and the message says so.
   */
  public void recordExtraction(
      ExtractionStatus status, String reason, String message, String text) {
    if (text != null && text.length() > MAX_TEXT) {
      int end = Character.isHighSurrogate(text.charAt(MAX_TEXT - 1)) ? MAX_TEXT - 1 : MAX_TEXT;
      text = text.substring(0, end);
      String note = "文字过长，仅保留前 100 万字用于检索";
      // one note about the cut, not the extractor's own (higher) limit as well
      message =
          message == null || message.isBlank() || message.contains("截断")
              ? note
              : message + "；" + note;
    }
    this.extractionStatus = status;
    this.extractionReason = reason;
    this.extractionMessage = message;
    this.extractedText = text;
  }

  public void recordFixity(boolean ok, Instant at) {
    this.fixityOk = ok;
    this.lastFixityCheck = at;
  }

  public Long getId() {
    return id;
  }

  public CaseDocument getDocument() {
    return document;
  }

  public String getFileName() {
    return fileName;
  }

  public String getSha256() {
    return sha256;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public String getMediaType() {
    return mediaType;
  }

  public ExtractionStatus getExtractionStatus() {
    return extractionStatus;
  }

  public String getExtractionReason() {
    return extractionReason;
  }

  public String getExtractionMessage() {
    return extractionMessage;
  }

  public String getExtractedText() {
    return extractedText;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }

  public Instant getLastFixityCheck() {
    return lastFixityCheck;
  }

  public Boolean getFixityOk() {
    return fixityOk;
  }
}
