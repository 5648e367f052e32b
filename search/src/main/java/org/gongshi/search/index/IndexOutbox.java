package org.gongshi.search.index;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;

/**
 * Applies outbox entries to an {@link IndexStore} in sequence order and commits the last applied
 * sequence in the same Lucene commit as the changes. Entries at or below the stored sequence are
 * skipped, and upserts replace by id, so replaying after a crash creates no duplicates.
 */
public final class IndexOutbox {

  private final IndexStore store;

  public IndexOutbox(IndexStore store) {
    this.store = store;
  }

  /**
   * Applies a batch and commits it.
   *
   * @return how many entries were applied (not skipped)
   */
  public synchronized int applyBatch(List<OutboxEntry> entries) throws IOException {
    long last = store.lastAppliedSequence();
    List<OutboxEntry> ordered =
        entries.stream()
            .filter(e -> e.seq() > last)
            .sorted(Comparator.comparingLong(OutboxEntry::seq))
            .toList();
    if (ordered.isEmpty()) {
      return 0;
    }
    for (OutboxEntry e : ordered) {
      switch (e.op()) {
        case UPSERT -> store.upsert(e.doc());
        case DELETE -> store.delete(e.docId());
      }
    }
    store.commit(ordered.get(ordered.size() - 1).seq());
    return ordered.size();
  }
}
