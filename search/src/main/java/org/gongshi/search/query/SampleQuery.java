package org.gongshi.search.query;

import java.io.IOException;
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
 * Matches every {@code every}-th document of the index (by global doc id): a systematic sample.
 * As a filter clause it lets a broad query be counted on a fraction of the index, so expensive
 * checks (phrase positions) run only for sampled candidates. Doc ids follow indexing order, so the
 * sample spreads evenly over time and agencies.
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
                int rest = (base + target) % every;
                long next = rest == 0 ? target : (long) target + every - rest;
                doc = next >= maxDoc ? NO_MORE_DOCS : (int) next;
                return doc;
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
