package org.gongshi.archive.entity;

import jakarta.persistence.*;
import java.time.Instant;

/** A row of the search outbox, written in the same transaction as the change it announces. */
@Entity
@Table(name = "search_outbox")
@NamedQuery(
    name = SearchOutboxEntry.AFTER,
    query = "SELECT o FROM SearchOutboxEntry o WHERE o.seq > :seq ORDER BY o.seq")
public class SearchOutboxEntry {
  public static final String AFTER = "SearchOutboxEntry.after";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long seq;

  private String op;

  @Column(name = "doc_id")
  private String docId;

  @Column(name = "created_at")
  private Instant createdAt;

  protected SearchOutboxEntry() {}

  public SearchOutboxEntry(String op, String docId, Instant createdAt) {
    this.op = op;
    this.docId = docId;
    this.createdAt = createdAt;
  }

  public Long getSeq() {
    return seq;
  }

  public String getOp() {
    return op;
  }

  public String getDocId() {
    return docId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
