package org.gongshi.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;

/**
 * The top-N collection that also remembers the first {@code cap} collected doc ids. While the top
 * collector has not reached its hit-count threshold it sees every match (no skipping), so when the
 * total turns out exact and no larger than the recording, the recording is the whole hit set:
 * facets are counted from it without a second pass. A filter given to it is applied to what is
 * collected: those docs alone are recorded and reach the top collector.
 */
final class RecordingTopManager<C extends Collector>
    implements CollectorManager<RecordingTopManager.Recording<C>, TopDocs> {

  /** Doc ids collected in one segment. */
  record LeafDocs(LeafReaderContext context, int[] docs, int size) {}

  private final CollectorManager<C, ? extends TopDocs> top;
  private final int cap;
  private final Weight kept;
  private final List<Recording<C>> recordings = new ArrayList<>();

  /**
   * @param kept a filter the collected docs must also match (applied here rather than in the query,
   *     so the query can skip), or null
   */
  RecordingTopManager(CollectorManager<C, ? extends TopDocs> top, int cap, Weight kept) {
    this.top = top;
    this.cap = cap;
    this.kept = kept;
  }

  @Override
  public synchronized Recording<C> newCollector() throws IOException {
    Recording<C> r = new Recording<>(top.newCollector(), cap, kept);
    recordings.add(r);
    return r;
  }

  @Override
  public TopDocs reduce(Collection<Recording<C>> collectors) throws IOException {
    return top.reduce(collectors.stream().map(r -> r.top).toList());
  }

  /** Every recorded doc, or null when some collector ran over its cap. */
  List<LeafDocs> recorded() {
    List<LeafDocs> all = new ArrayList<>();
    for (Recording<C> r : recordings) {
      if (r.overflow) {
        return null;
      }
      all.addAll(r.leaves);
    }
    return all;
  }

  static final class Recording<C extends Collector> implements Collector {
    final C top;
    final int cap;
    final Weight kept;
    final List<LeafDocs> leaves = new ArrayList<>();
    int total;
    boolean overflow;

    Recording(C top, int cap, Weight kept) {
      this.top = top;
      this.cap = cap;
      this.kept = kept;
    }

    @Override
    public ScoreMode scoreMode() {
      return top.scoreMode();
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      DocIdSetIterator keep = null;
      if (kept != null) {
        Scorer s = kept.scorer(context);
        if (s == null) throw new CollectionTerminatedException(); // nothing in it is kept
        keep = s.iterator();
      }
      DocIdSetIterator keeping = keep;
      LeafCollector in = top.getLeafCollector(context);
      return new LeafCollector() {
        private int[] docs = new int[16];
        private int size;

        @Override
        public void setScorer(Scorable scorer) throws IOException {
          in.setScorer(scorer);
        }

        @Override
        public void collect(int doc) throws IOException {
          if (keeping != null) {
            int at = keeping.docID();
            if (at < doc) at = keeping.advance(doc);
            if (at != doc) return;
          }
          if (overflow == false) {
            if (total >= cap) {
              overflow = true;
            } else {
              if (size == docs.length) {
                docs = Arrays.copyOf(docs, size * 2);
              }
              docs[size++] = doc;
              total++;
            }
          }
          in.collect(doc);
        }

        @Override
        public DocIdSetIterator competitiveIterator() throws IOException {
          return in.competitiveIterator();
        }

        @Override
        public void finish() throws IOException {
          in.finish();
          if (size > 0) {
            int[] sorted = Arrays.copyOf(docs, size);
            Arrays.sort(sorted);
            leaves.add(new LeafDocs(context, sorted, size));
          }
        }
      };
    }
  }
}
