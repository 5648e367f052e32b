package org.gongshi.search.query;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
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
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * Matches a pseudo-random one in {@code every} documents of the index (a fixed hash of the doc id
 * in the index when the segment is first sampled, so no periodic pattern in indexing order can bias
 * it, and the same segment gives the same sample). A segment's sample is a bit set made on first
 * use and kept until the segment closes: 1 bit per document for each rate in use. As a filter
 * clause it lets a broad query be counted on a fraction of the index, so expensive checks (phrase
 * positions) run only for sampled candidates.
 */
final class SampleQuery extends Query {

  private record Key(IndexReader.CacheKey segment, int every) {}

  private static final Map<Key, FixedBitSet> SAMPLES = new ConcurrentHashMap<>();

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
        FixedBitSet bits = sample(context.reader(), context.docBase);
        DocIdSetIterator it = new BitSetIterator(bits, bits.length() / every + 1L);
        return new DefaultScorerSupplier(new ConstantScoreScorer(score(), scoreMode, it));
      }

      @Override
      public boolean isCacheable(LeafReaderContext ctx) {
        return false; // kept here, for every segment, whatever the query cache decides
      }
    };
  }

  /** A segment's sample, made once per segment and rate and dropped with the segment. */
  private FixedBitSet sample(LeafReader reader, int docBase) {
    IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
    if (helper == null) {
      return compute(reader.maxDoc(), docBase);
    }
    Key key = new Key(helper.getKey(), every);
    FixedBitSet bits = SAMPLES.get(key);
    if (bits != null) {
      return bits;
    }
    bits = compute(reader.maxDoc(), docBase);
    FixedBitSet first = SAMPLES.putIfAbsent(key, bits);
    if (first != null) {
      return first;
    }
    helper.addClosedListener(closed -> SAMPLES.keySet().removeIf(k -> k.segment() == closed));
    return bits;
  }

  /**
   * Hashes the doc id in the index, not in the segment: the same ids in every segment would give
   * each small segment the same sample, and their errors would add up.
   */
  private FixedBitSet compute(int maxDoc, int docBase) {
    FixedBitSet bits = new FixedBitSet(maxDoc);
    for (int d = 0; d < maxDoc; d++) {
      if (sampled(docBase + d)) {
        bits.set(d);
      }
    }
    return bits;
  }

  /** Whether a doc id is in the sample: MurmurHash3's 64-bit finalizer, then modulo. */
  private boolean sampled(int doc) {
    long h = doc + 0x9E3779B97F4A7C15L;
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
