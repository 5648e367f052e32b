package org.gongshi.search.query;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;

/**
 * Matches a pseudo-random one in {@code every} documents of the index (a fixed hash of the global
 * doc id, so no periodic pattern in indexing order can bias it, and the same index gives the same
 * sample). As a filter clause it lets a broad query be counted on a fraction of the index, so
 * expensive checks (phrase positions) run only for sampled candidates.
 */
final class SampleQuery extends Query {

  private final int every;

  SampleQuery(int every) {
    if (every < 1) {
      throw new IllegalArgumentException("every must be >= 1");
    }
    this.every = every;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
    return new ConstantScoreWeight(this, boost) {
      @Override
      public ScorerSupplier scorerSupplier(LeafReaderContext context) {
        int maxDoc = context.reader().maxDoc();
        int base = context.docBase;
        DocIdSetIterator it =
            new DocIdSetIterator() {
              private int doc = -1;

              @Override
              public int docID() {
                return doc;
              }

              @Override
              public int nextDoc() {
                return advance(doc + 1);
              }

              @Override
              public int advance(int target) {
                for (int d = target; d < maxDoc; d++) {
                  if (sampled(base + d)) {
                    return doc = d;
                  }
                }
                return doc = NO_MORE_DOCS;
              }

              @Override
              public long cost() {
                return maxDoc / every + 1;
              }
            };
        return new DefaultScorerSupplier(new ConstantScoreScorer(score(), scoreMode, it));
      }

      @Override
      public boolean isCacheable(LeafReaderContext ctx) {
        return false;
      }
    };
  }

  /** Whether a global doc id is in the sample: MurmurHash3's 64-bit finalizer, then modulo. */
  private boolean sampled(int globalDoc) {
    long h = globalDoc + 0x9E3779B97F4A7C15L;
    h = (h ^ (h >>> 33)) * 0xff51afd7ed558ccdL;
    h = (h ^ (h >>> 33)) * 0xc4ceb93fe53e94cdL;
    h ^= h >>> 33;
    return Long.remainderUnsigned(h, every) == 0;
  }

  @Override
  public void visit(QueryVisitor visitor) {
    visitor.visitLeaf(this);
  }

  @Override
  public String toString(String field) {
    return "sample(1/" + every + ")";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && ((SampleQuery) other).every == every;
  }

  @Override
  public int hashCode() {
    return classHash() * 31 + every;
  }
}
