package org.gongshi.review.entity;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One automatic pre-check result of a campaign file; a tripped one proposes a deduction or veto
 * that the reviewer confirms or rejects with a reason.
 */
@Entity
@Table(name = "review_finding")
@NamedQuery(
    name = Finding.BY_FILE,
    query = "SELECT f FROM Finding f WHERE f.fileId = :file ORDER BY f.position")
public class Finding {
  public static final String BY_FILE = "Finding.byFile";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "file_id")
  private long fileId;

  private int position;
  private String code;
  private String label;
  private String state;
  private String message;
  private String evidence;

  @Column(name = "document_id")
  private Long documentId;

  @Column(name = "item_code")
  private String itemCode;

  private BigDecimal deduction;

  @Column(name = "veto_code")
  private String vetoCode;

  private String decision;

  @Column(name = "decision_reason")
  private String decisionReason;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Version private long version;

  protected Finding() {}

  public Finding(
      long fileId,
      int position,
      String code,
      String label,
      String state,
      String message,
      String evidence,
      Long documentId,
      String itemCode,
      BigDecimal deduction,
      String vetoCode) {
    this.fileId = fileId;
    this.position = position;
    this.code = code;
    this.label = label;
    this.state = state;
    this.message = message;
    this.evidence = evidence;
    this.documentId = documentId;
    this.itemCode = itemCode;
    this.deduction = deduction;
    this.vetoCode = vetoCode;
  }

  /** CONFIRMED or REJECTED, with the reviewer's reason. */
  public void decide(String decision, String reason, String by, Instant at) {
    this.decision = decision;
    this.decisionReason = reason;
    this.decidedBy = by;
    this.decidedAt = at;
  }

  public Long getId() {
    return id;
  }

  public long getFileId() {
    return fileId;
  }

  public String getCode() {
    return code;
  }

  public String getLabel() {
    return label;
  }

  public String getState() {
    return state;
  }

  public String getMessage() {
    return message;
  }

  public String getEvidence() {
    return evidence;
  }

  public Long getDocumentId() {
    return documentId;
  }

  public String getItemCode() {
    return itemCode;
  }

  public BigDecimal getDeduction() {
    return deduction;
  }

  public String getVetoCode() {
    return vetoCode;
  }

  public String getDecision() {
    return decision;
  }

  public String getDecisionReason() {
    return decisionReason;
  }

  public String getDecidedBy() {
    return decidedBy;
  }
}
