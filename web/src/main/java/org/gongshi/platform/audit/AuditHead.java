package org.gongshi.platform.audit;

import jakarta.persistence.*;

/** The single row that serialises appends to the audit chain (locked for update). */
@Entity
@Table(name = "audit_head")
public class AuditHead {
  @Id private int id;

  @Column(name = "last_seq")
  private long lastSeq;

  @Column(name = "last_hash")
  private String lastHash;

  protected AuditHead() {}

  public void advance(long seq, String hash) {
    this.lastSeq = seq;
    this.lastHash = hash;
  }

  public long getLastSeq() {
    return lastSeq;
  }

  public String getLastHash() {
    return lastHash;
  }
}
