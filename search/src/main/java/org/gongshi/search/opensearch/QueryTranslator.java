package org.gongshi.search.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanOrQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefIterator;
import org.gongshi.search.index.IndexSchema;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.query_dsl.BoolQuery;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch._types.query_dsl.SpanQuery;

/**
 * Translates the Lucene query the {@link org.gongshi.search.query.UserQueryParser} builds into
 * OpenSearch's query DSL, so both backends share one query language: the terms are already analysed
 * (bigrams, SmartCN words, normalised identifiers) and the index holds the same terms (see {@link
 * OpenSearchMapping}), so every clause is a term-level query with the same boost. Span queries
 * (loose names) become {@code span_*} queries with the same slop and order. A form without a
 * translation is searched as its terms, all required, rather than failing the search.
 */
final class QueryTranslator {

  private static final Logger LOG = Logger.getLogger(QueryTranslator.class.getName());

  private final OpenSearchMapping mapping;

  QueryTranslator(IndexSchema schema) {
    this.mapping = new OpenSearchMapping(schema);
  }

  Query translate(org.apache.lucene.search.Query query) {
    return translate(query, 1f);
  }

  private Query translate(org.apache.lucene.search.Query q, float boost) {
    return switch (q) {
      case BoostQuery b -> translate(b.getQuery(), boost * b.getBoost());
      case BooleanQuery b -> bool(b, boost);
      case TermQuery t -> term(t.getTerm(), boost);
      case PhraseQuery p -> phrase(p, boost);
      case MultiPhraseQuery p -> multiPhrase(p, boost);
      case SynonymQuery s -> anyOf(s.getTerms(), boost);
      case PrefixQuery p ->
          Query.of(
              x ->
                  x.prefix(
                      r ->
                          r.field(mapping.indexedName(p.getField()))
                              .value(p.getPrefix().text())
                              .boost(boost)));
      case WildcardQuery w ->
          Query.of(
              x ->
                  x.wildcard(
                      r ->
                          r.field(mapping.indexedName(w.getField()))
                              .value(w.getTerm().text())
                              .boost(boost)));
      case TermRangeQuery r -> termRange(r, boost);
      case PointRangeQuery r -> dateRange(r, boost);
      case TermInSetQuery t -> termSet(t, boost);
      case ConstantScoreQuery c ->
          Query.of(x -> x.constantScore(s -> s.filter(translate(c.getQuery())).boost(boost)));
      case DisjunctionMaxQuery d ->
          Query.of(
              x ->
                  x.disMax(
                      m ->
                          m.queries(d.getDisjuncts().stream().map(this::translate).toList())
                              .tieBreaker(d.getTieBreakerMultiplier())
                              .boost(boost)));
      case MatchAllDocsQuery m -> Query.of(x -> x.matchAll(a -> a.boost(boost)));
      case MatchNoDocsQuery m -> none();
      case org.apache.lucene.queries.spans.SpanQuery s -> span(s, boost);
      default -> allTerms(q, boost);
    };
  }

  /** A span tree as the same {@code span_*} tree, the boost on its root. */
  private Query span(org.apache.lucene.queries.spans.SpanQuery s, float boost) {
    if (isTranslatable(s) == false) {
      return allTerms(s, boost);
    }
    SpanQuery root = spanClause(s, boost);
    return switch (root._kind()) {
      case SpanTerm -> Query.of(x -> x.spanTerm(root.spanTerm()));
      case SpanNear -> Query.of(x -> x.spanNear(root.spanNear()));
      default -> Query.of(x -> x.spanOr(root.spanOr()));
    };
  }

  private static boolean isTranslatable(org.apache.lucene.queries.spans.SpanQuery s) {
    return switch (s) {
      case SpanTermQuery t -> true;
      case SpanNearQuery n ->
          n.getClauses().length > 0
              && List.of(n.getClauses()).stream().allMatch(QueryTranslator::isTranslatable);
      case SpanOrQuery o ->
          o.getClauses().length > 0
              && List.of(o.getClauses()).stream().allMatch(QueryTranslator::isTranslatable);
      default -> false;
    };
  }

  private SpanQuery spanClause(org.apache.lucene.queries.spans.SpanQuery s, float boost) {
    return switch (s) {
      case SpanTermQuery t ->
          SpanQuery.of(
              x ->
                  x.spanTerm(
                      r ->
                          r.field(mapping.indexedName(t.getTerm().field()))
                              .value(t.getTerm().text())
                              .boost(boost)));
      case SpanNearQuery n ->
          SpanQuery.of(
              x ->
                  x.spanNear(
                      r ->
                          r.clauses(spanClauses(n.getClauses()))
                              .slop(n.getSlop())
                              .inOrder(n.isInOrder())
                              .boost(boost)));
      case SpanOrQuery o ->
          SpanQuery.of(x -> x.spanOr(r -> r.clauses(spanClauses(o.getClauses())).boost(boost)));
      default -> throw new IllegalStateException("checked by isTranslatable: " + s.getClass());
    };
  }

  private List<SpanQuery> spanClauses(org.apache.lucene.queries.spans.SpanQuery[] clauses) {
    return List.of(clauses).stream().map(c -> spanClause(c, 1f)).toList();
  }

  /**
   * A form without a translation: its terms, all required (the same words without their positions
   * or alternatives), logged so the gap gets a translation.
   */
  private Query allTerms(org.apache.lucene.search.Query q, float boost) {
    LOG.log(Level.WARNING, "no OpenSearch form for {0}: searched as its terms", q.getClass());
    Set<Term> terms = new LinkedHashSet<>();
    q.visit(QueryVisitor.termCollector(terms));
    if (terms.isEmpty()) {
      return none();
    }
    List<Query> all = terms.stream().map(t -> term(t, 1f)).toList();
    return Query.of(x -> x.bool(b -> b.must(all).boost(boost)));
  }

  private static Query none() {
    return Query.of(x -> x.matchNone(n -> n));
  }

  private Query bool(BooleanQuery b, float boost) {
    List<BooleanClause> clauses = b.clauses();
    // Lucene matches nothing without a positive clause; OpenSearch would match everything.
    if (clauses.isEmpty()
        || clauses.stream().allMatch(c -> c.occur() == BooleanClause.Occur.MUST_NOT)) {
      return none();
    }
    BoolQuery.Builder out = new BoolQuery.Builder().boost(boost);
    for (BooleanClause c : clauses) {
      Query t = translate(c.query());
      switch (c.occur()) {
        case MUST -> out.must(t);
        case SHOULD -> out.should(t);
        case FILTER -> out.filter(t);
        case MUST_NOT -> out.mustNot(t);
      }
    }
    if (b.getMinimumNumberShouldMatch() > 0) {
      out.minimumShouldMatch(String.valueOf(b.getMinimumNumberShouldMatch()));
    }
    return Query.of(x -> x.bool(out.build()));
  }

  private Query term(Term t, float boost) {
    return Query.of(
        x ->
            x.term(
                r ->
                    r.field(mapping.indexedName(t.field()))
                        .value(FieldValue.of(t.text()))
                        .boost(boost)));
  }

  private Query anyOf(List<Term> terms, float boost) {
    List<Query> any = terms.stream().map(t -> term(t, 1f)).toList();
    return Query.of(x -> x.bool(b -> b.should(any).boost(boost)));
  }

  /**
   * A phrase of analysed terms: the index holds them space-separated, so the whitespace analyzer
   * gives back the same terms at consecutive positions.
   */
  private Query phrase(PhraseQuery p, float boost) {
    Term[] terms = p.getTerms();
    if (terms.length == 0) {
      return none();
    }
    List<String> words = new ArrayList<>();
    for (Term t : terms) {
      words.add(t.text());
    }
    String field = mapping.indexedName(terms[0].field());
    return Query.of(
        x ->
            x.matchPhrase(
                m ->
                    m.field(field)
                        .query(String.join(" ", words))
                        .analyzer("whitespace")
                        .slop(p.getSlop())
                        .boost(boost)));
  }

  /** Each position's alternatives required: a little wider than a phrase, never narrower. */
  private Query multiPhrase(MultiPhraseQuery p, float boost) {
    List<Query> all = new ArrayList<>();
    for (Term[] alternatives : p.getTermArrays()) {
      all.add(anyOf(List.of(alternatives), 1f));
    }
    return Query.of(x -> x.bool(b -> b.must(all).boost(boost)));
  }

  private Query termRange(TermRangeQuery r, float boost) {
    String field = mapping.indexedName(r.getField());
    String lower = r.getLowerTerm() == null ? null : r.getLowerTerm().utf8ToString();
    String upper = r.getUpperTerm() == null ? null : r.getUpperTerm().utf8ToString();
    return Query.of(
        x ->
            x.range(
                g -> {
                  g.field(field).boost(boost);
                  if (lower != null) {
                    if (r.includesLower()) {
                      g.gte(JsonData.of(lower));
                    } else {
                      g.gt(JsonData.of(lower));
                    }
                  }
                  if (upper != null) {
                    if (r.includesUpper()) {
                      g.lte(JsonData.of(upper));
                    } else {
                      g.lt(JsonData.of(upper));
                    }
                  }
                  return g;
                }));
  }

  /** A {@link LongPoint} range of epoch days (the only point fields: dates). */
  private Query dateRange(PointRangeQuery r, float boost) {
    long from = LongPoint.decodeDimension(r.getLowerPoint(), 0);
    long to = LongPoint.decodeDimension(r.getUpperPoint(), 0);
    if (from > to) {
      return none();
    }
    return Query.of(
        x ->
            x.range(
                g -> {
                  g.field(r.getField()).format("strict_date").boost(boost);
                  if (from > LocalDate.MIN.toEpochDay()) {
                    g.gte(JsonData.of(OpenSearchMapping.day(from)));
                  }
                  if (to < LocalDate.MAX.toEpochDay()) {
                    g.lte(JsonData.of(OpenSearchMapping.day(to)));
                  }
                  return g;
                }));
  }

  private Query termSet(TermInSetQuery t, float boost) {
    List<FieldValue> values = new ArrayList<>();
    try {
      BytesRefIterator it = t.getBytesRefIterator();
      for (BytesRef b = it.next(); b != null; b = it.next()) {
        values.add(FieldValue.of(b.utf8ToString()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (values.isEmpty()) {
      return none();
    }
    String field = mapping.indexedName(t.getField());
    return Query.of(x -> x.terms(r -> r.field(field).terms(v -> v.value(values)).boost(boost)));
  }
}
