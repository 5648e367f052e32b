package org.gongshi.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.gongshi.search.index.SchemaField;

/**
 * Counts matching documents and their facet values (sorted-set doc values, by ordinal per segment,
 * resolved to strings once per segment). Also a {@link CollectorManager} for a counting pass of its
 * own. Not thread-safe: one tally per collector.
 */
final class FacetTally {

  private final List<SchemaField> dims;
  private final List<Map<String, Long>> totals = new ArrayList<>();
  private long hits;

  FacetTally(List<SchemaField> dims) {
    this.dims = dims;
    dims.forEach(d -> totals.add(new HashMap<>()));
  }

  long hits() {
    return hits;
  }

  /** Counts the given documents of one segment, in increasing order. */
  void countSorted(LeafReaderContext context, int[] docs, int n) throws IOException {
    LeafCollector leaf = leaf(context);
    for (int i = 0; i < n; i++) {
      leaf.collect(docs[i]);
    }
    leaf.finish();
  }

  /**
   * A leaf collector counting one segment; its counts are added on {@link LeafCollector#finish()}.
   */
  LeafCollector leaf(LeafReaderContext context) throws IOException {
    SortedSetDocValues[] dv = new SortedSetDocValues[dims.size()];
    int[][] counts = new int[dims.size()][];
    for (int i = 0; i < dv.length; i++) {
      dv[i] = DocValues.getSortedSet(context.reader(), dims.get(i).fieldName());
      counts[i] = new int[(int) dv[i].getValueCount()];
    }
    return new LeafCollector() {
      @Override
      public void setScorer(Scorable scorer) {}

      @Override
      public void collect(int doc) throws IOException {
        hits++;
        for (int i = 0; i < dv.length; i++) {
          if (dv[i].advanceExact(doc)) {
            for (int k = dv[i].docValueCount(); k > 0; k--) {
              counts[i][(int) dv[i].nextOrd()]++;
            }
          }
        }
      }

      @Override
      public void finish() throws IOException {
        for (int i = 0; i < dv.length; i++) {
          for (int ord = 0; ord < counts[i].length; ord++) {
            if (counts[i][ord] > 0) {
              totals
                  .get(i)
                  .merge(dv[i].lookupOrd(ord).utf8ToString(), (long) counts[i][ord], Long::sum);
            }
          }
        }
      }
    };
  }

  void addAll(FacetTally other) {
    hits += other.hits;
    for (int i = 0; i < totals.size(); i++) {
      Map<String, Long> mine = totals.get(i);
      other.totals.get(i).forEach((k, v) -> mine.merge(k, v, Long::sum));
    }
  }

  /** The largest {@code limit} values per dimension, counts multiplied by {@code scale}. */
  Map<String, List<SearchResult.FacetCount>> result(int limit, long scale) {
    Map<String, List<SearchResult.FacetCount>> result = new LinkedHashMap<>();
    for (int i = 0; i < dims.size(); i++) {
      result.put(
          dims.get(i).fieldName(),
          totals.get(i).entrySet().stream()
              .map(e -> new SearchResult.FacetCount(e.getKey(), e.getValue() * scale))
              .sorted(
                  Comparator.comparingLong(SearchResult.FacetCount::count)
                      .reversed()
                      .thenComparing(SearchResult.FacetCount::value))
              .limit(limit)
              .toList());
    }
    return result;
  }

  /** Runs a counting pass: one tally per slice, merged. */
  static CollectorManager<Collector, FacetTally> manager(List<SchemaField> dims) {
    return new CollectorManager<>() {
      private final List<FacetTally> tallies = new ArrayList<>();

      @Override
      public synchronized Collector newCollector() {
        FacetTally t = new FacetTally(dims);
        tallies.add(t);
        return new Collector() {
          @Override
          public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            return t.leaf(context);
          }

          @Override
          public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
          }
        };
      }

      @Override
      public FacetTally reduce(Collection<Collector> collectors) {
        FacetTally all = new FacetTally(dims);
        tallies.forEach(all::addAll);
        return all;
      }
    };
  }
}
