package org.gongshi.platform.audit;

import jakarta.persistence.*;
import java.time.Instant;

/** One appended entry of the hash-chained audit trail. Never updated, never deleted. */
@Entity
@Table(name = "audit_event")
@NamedQuery(
    name = AuditEvent.BY_CASE,
    query = "SELECT e FROM AuditEvent e WHERE e.caseId = :caseId ORDER BY e.seq")
public class AuditEvent {
  public static final String BY_CASE = "AuditEvent.byCase";

  @Id private long seq;

  @Column(name = "occurred_at")
  private Instant occurredAt;

  private String actor;
  private String action;

  @Column(name = "entity_type")
  private String entityType;

  @Column(name = "entity_id")
  private String entityId;

  @Column(name = "case_id")
  private Long caseId;

  private String detail;

  @Column(name = "prev_hash")
  private String prevHash;

  private String hash;

  protected AuditEvent() {}

  public AuditEvent(
      long seq,
      Instant occurredAt,
      String actor,
      String action,
      String entityType,
      String entityId,
      Long caseId,
      String detail,
      String prevHash,
      String hash) {
    this.seq = seq;
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.action = action;
    this.entityType = entityType;
    this.entityId = entityId;
    this.caseId = caseId;
    this.detail = detail;
    this.prevHash = prevHash;
    this.hash = hash;
  }

  public long getSeq() {
    return seq;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getAction() {
    return action;
  }

  public String getEntityType() {
    return entityType;
  }

  public String getEntityId() {
    return entityId;
  }

  public Long getCaseId() {
    return caseId;
  }

  public String getDetail() {
    return detail;
  }

  public String getPrevHash() {
    return prevHash;
  }

  public String getHash() {
    return hash;
  }
}
