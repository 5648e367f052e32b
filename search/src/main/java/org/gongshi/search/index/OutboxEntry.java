package org.gongshi.search.index;

import java.util.Objects;

/**
 * One row of the transactional outbox, as the indexer applies it.
 *
 * @param seq the outbox sequence, strictly increasing
 * @param op upsert or delete
 * @param docId the document id
 * @param doc the document for an upsert, {@code null} for a delete
 */
public record OutboxEntry(long seq, Op op, String docId, IndexDocument doc) {

  /** What the entry does to the index. */
  public enum Op {
    UPSERT,
    DELETE
  }

  public OutboxEntry {
    Objects.requireNonNull(op, "op");
    Objects.requireNonNull(docId, "docId");
    if (op == Op.UPSERT && (doc == null || docId.equals(doc.id()) == false)) {
      throw new IllegalArgumentException("an upsert needs its document, with the same id");
    }
  }

  public static OutboxEntry upsert(long seq, IndexDocument doc) {
    return new OutboxEntry(seq, Op.UPSERT, doc.id(), doc);
  }

  public static OutboxEntry delete(long seq, String docId) {
    return new OutboxEntry(seq, Op.DELETE, docId, null);
  }
}
