package org.gongshi.search.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.gongshi.search.SearchEngine;
import org.gongshi.search.SearchUnavailableException;
import org.gongshi.search.index.ChineseAnalysis;
import org.gongshi.search.index.IndexDocument;
import org.gongshi.search.index.IndexRebuild;
import org.gongshi.search.index.IndexSchema;
import org.gongshi.search.index.OutboxEntry;
import org.gongshi.search.index.SchemaField;
import org.gongshi.search.query.SearchExecutor;
import org.gongshi.search.query.SearchRequest;
import org.gongshi.search.query.SearchResult;
import org.opensearch.client.json.JsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.SortOptions;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.VersionType;
import org.opensearch.client.opensearch._types.aggregations.StringTermsBucket;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.BulkRequest;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.SearchRequest.Builder;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;
import org.opensearch.client.opensearch.core.search.Hit;
import org.opensearch.client.opensearch.core.search.TotalHitsRelation;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;

/**
 * The search engine of one index on an OpenSearch cluster: the same query language, facets,
 * snippets, cursors and scope as the embedded Lucene engine (the queries are parsed and analysed by
 * the same code, then translated; see {@link QueryTranslator} and {@link OpenSearchMapping}).
 *
 * <p>The index is an alias ({@code <prefix>-<schema>}) over a versioned index ({@code
 * <prefix>-<schema>-a<analysis>-<time>}); a rebuild fills a new one and switches the alias in one
 * atomic call. Outbox entries are written in bulk with the outbox sequence as the external version,
 * so a replay writes nothing twice and an older entry never overwrites a newer one; the applied
 * sequence and the analysis version are kept in the index's mapping {@code _meta}. Relevance pages
 * after the first are read from a point in time taken after the first. A cluster that cannot be
 * reached makes {@link #search} throw {@link SearchUnavailableException}.
 */
public final class OpenSearchEngine implements SearchEngine {

  private static final Logger LOG = Logger.getLogger(OpenSearchEngine.class.getName());
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int FACET_VALUES = 50;
  private static final int EXACT_HITS = 1000;
  private static final int BULK_DOCS = 500;
  private static final String KEEP_ALIVE = "1m";

  private final OpenSearchConnection connection;
  private final OpenSearchClient client;
  private final IndexSchema schema;
  private final String alias;
  private final OpenSearchMapping mapping;
  private final QueryTranslator translator;
  private final SearchExecutor executor;
  private final String fullTextField;
  private final AtomicLong applied = new AtomicLong();
  private volatile boolean analysisOutdated;

  /** Set once the alias was found or created (a cluster down at start-up is tried again later). */
  private volatile boolean initialised;

  /**
   * Set when the caller keeps the applied sequence: opening late does not replace it by _meta's.
   */
  private volatile boolean resumed;

  private OpenSearchEngine(OpenSearchConnection connection, IndexSchema schema, String prefix) {
    this.connection = connection;
    this.client = connection.client();
    this.schema = schema;
    this.alias = prefix + "-" + schema.name();
    this.mapping = new OpenSearchMapping(schema);
    this.translator = new QueryTranslator(schema);
    this.executor = new SearchExecutor(schema, ChineseAnalysis.forSchema(schema));
    this.fullTextField = schema.snippetFields().get(0).fieldName();
  }

  /**
   * Opens the index behind its alias, creating both when missing. A cluster that cannot be reached
   * now does not fail: the engine is not {@link #ready()}, searches throw {@link
   * SearchUnavailableException}, writes throw {@link IOException}, and the first call once the
   * cluster answers opens the index (so an application deploys while its cluster is down).
   *
   * @param connection the cluster
   * @param schema the index's schema
   * @return the engine
   * @throws IOException never for a cluster that cannot be reached (see above)
   */
  public static OpenSearchEngine open(OpenSearchConnection connection, IndexSchema schema)
      throws IOException {
    return open(connection, schema, connection.settings().indexPrefix());
  }

  /**
   * Opens the index of a schema under another name prefix (several installations on one cluster,
   * tests).
   *
   * @param connection the cluster
   * @param schema the index's schema
   * @param prefix the start of the alias and index names
   * @return the engine
   * @throws IOException when the cluster cannot be reached
   */
  public static OpenSearchEngine open(
      OpenSearchConnection connection, IndexSchema schema, String prefix) throws IOException {
    OpenSearchEngine e = new OpenSearchEngine(connection, schema, prefix);
    try {
      e.init();
    } catch (IOException | RuntimeException x) {
      // down, starting (503) or refusing us: readiness says so, searches answer unavailable
      LOG.warning(
          "OpenSearch cannot open "
              + e.alias
              + " now ("
              + x.getMessage()
              + "); searches answer unavailable and writes wait until it can");
    }
    return e;
  }

  /** Opens the alias now if the cluster was down when the engine was created. */
  private void ensureOpen() throws IOException {
    if (initialised == false) {
      synchronized (this) {
        if (initialised == false) {
          init();
        }
      }
    }
  }

  /** The alias searches and writes go to. */
  public String alias() {
    return alias;
  }

  private void init() throws IOException {
    JsonNode meta = readMeta();
    if (meta == null) {
      String index = createIndex(0);
      ok(send("POST", "/_aliases", Map.of("actions", List.of(addAlias(index)))), "alias");
      meta = readMeta();
    }
    if (resumed == false) {
      applied.set(meta.path("appliedSequence").asLong(0));
    }
    analysisOutdated = meta.path("analysis").asInt(0) != ChineseAnalysis.VERSION;
    initialised = true;
  }

  @Override
  public IndexSchema schema() {
    return schema;
  }

  @Override
  public void index(IndexDocument doc) throws IOException {
    write(b -> b.operations(upsert(alias, doc, applied.get(), VersionType.ExternalGte)));
  }

  @Override
  public void delete(String id) throws IOException {
    write(b -> b.operations(delete(id, applied.get(), VersionType.ExternalGte)));
  }

  private void write(
      java.util.function.Function<
              BulkRequest.Builder, org.opensearch.client.util.ObjectBuilder<BulkRequest>>
          request)
      throws IOException {
    ensureOpen();
    checked(client.bulk(request));
  }

  @Override
  public void commit(long outboxSeq) throws IOException {
    ensureOpen();
    putMeta(alias, outboxSeq);
    applied.set(outboxSeq);
  }

  @Override
  public long lastAppliedSequence() {
    return applied.get();
  }

  @Override
  public boolean shared() {
    return true;
  }

  @Override
  public void resumeAfter(long seq) {
    resumed = true;
    applied.set(seq);
  }

  @Override
  public synchronized int applyBatch(List<OutboxEntry> entries) throws IOException {
    ensureOpen();
    long last = applied.get();
    List<OutboxEntry> ordered =
        entries.stream()
            .filter(e -> e.seq() > last)
            .sorted(java.util.Comparator.comparingLong(OutboxEntry::seq))
            .toList();
    if (ordered.isEmpty()) {
      return 0;
    }
    writeVersioned(ordered);
    commit(ordered.get(ordered.size() - 1).seq());
    return ordered.size();
  }

  /**
   * Writes entries in bulk with their sequence as external version, without recording them as
   * applied (a crash here replays them: versions make the replay harmless).
   */
  void writeVersioned(List<OutboxEntry> entries) throws IOException {
    for (int from = 0; from < entries.size(); from += BULK_DOCS) {
      BulkRequest.Builder b = new BulkRequest.Builder();
      for (OutboxEntry e : entries.subList(from, Math.min(entries.size(), from + BULK_DOCS))) {
        switch (e.op()) {
          case UPSERT -> b.operations(upsert(alias, e.doc(), e.seq(), VersionType.External));
          case DELETE -> b.operations(delete(e.docId(), e.seq(), VersionType.External));
        }
      }
      checked(client.bulk(b.build()));
    }
  }

  private BulkOperation upsert(String index, IndexDocument doc, long version, VersionType type) {
    return BulkOperation.of(
        o ->
            o.index(
                i ->
                    i.index(index)
                        .id(doc.id())
                        .document(mapping.source(doc))
                        .version(version)
                        .versionType(type)));
  }

  private BulkOperation delete(String id, long version, VersionType type) {
    return BulkOperation.of(
        o -> o.delete(d -> d.index(alias).id(id).version(version).versionType(type)));
  }

  /** Fails on any item error except a version conflict (a newer version is already there). */
  private static void checked(BulkResponse response) throws IOException {
    if (response.errors() == false) {
      return;
    }
    for (BulkResponseItem item : response.items()) {
      if (item.error() != null && item.status() != 409 && item.status() != 404) {
        throw new IOException("OpenSearch refused " + item.id() + ": " + item.error().reason());
      }
    }
  }

  @Override
  public long rebuild(Iterator<IndexDocument> docs, long outboxSeq) throws IOException {
    return startRebuild(outboxSeq).fill(docs);
  }

  @Override
  public void refresh() throws IOException {
    ensureOpen();
    ok(send("POST", "/" + alias + "/_refresh", null), "refresh");
  }

  @Override
  public SearchResult search(SearchRequest request) {
    try {
      ensureOpen();
      return run(request);
    } catch (IOException | OpenSearchException e) {
      throw unavailable(e);
    } catch (RuntimeException e) {
      if (e.getCause() instanceof IOException io) {
        throw unavailable(io);
      }
      throw e;
    }
  }

  private SearchUnavailableException unavailable(Exception e) {
    return new SearchUnavailableException("OpenSearch " + alias + " cannot be searched", e);
  }

  private SearchResult run(SearchRequest request) throws IOException {
    SearchExecutor.Prepared prepared = executor.prepare(request);
    Query query = translator.translate(prepared.query());
    OpenSearchCursor at = OpenSearchCursor.decode(request.sort(), request.searchAfter());
    SearchResponse<ObjectNode> r;
    if (at != null && at.pit() != null) {
      try {
        r = page(query, request, at, at.pit());
      } catch (OpenSearchException e) {
        if (e.status() != 404) {
          throw e;
        }
        r = page(query, request, at, null); // the point in time expired: go on with the live index
      }
    } else {
      r = page(query, request, at, null);
    }
    List<Hit<ObjectNode>> hits = r.hits().hits();
    boolean approximate = false;
    long total = r.hits().total() == null ? hits.size() : r.hits().total().value();
    if (r.hits().total() != null && r.hits().total().relation() == TotalHitsRelation.Gte) {
      approximate = true;
    }
    Map<String, List<SearchResult.FacetCount>> facets = Map.of();
    if (request.facets()) {
      facets = new LinkedHashMap<>();
      for (SchemaField f : request.facetFieldsIn(schema)) {
        List<SearchResult.FacetCount> counts = new ArrayList<>();
        var agg = r.aggregations().get(f.fieldName());
        if (agg != null) {
          for (StringTermsBucket b : agg.sterms().buckets().array()) {
            counts.add(new SearchResult.FacetCount(b.key(), b.docCount()));
          }
        }
        facets.put(f.fieldName(), List.copyOf(counts));
      }
    }
    List<SearchResult.Hit> out = new ArrayList<>(hits.size());
    for (Hit<ObjectNode> h : hits) {
      Map<String, List<String>> fields = fields(h.source());
      String snippet = "";
      if (request.highlight()) {
        snippet = executor.snippet(request.query(), fields);
      }
      fields.remove(fullTextField);
      float score =
          request.sort() == SearchRequest.Sort.RELEVANCE && h.score() != null
              ? h.score().floatValue()
              : Float.NaN;
      out.add(new SearchResult.Hit(h.id(), score, Map.copyOf(fields), snippet));
    }
    String next = null;
    if (hits.size() == request.pageSize()) {
      Hit<ObjectNode> last = hits.get(hits.size() - 1);
      String lastId = last.id();
      if (request.sort() == SearchRequest.Sort.RELEVANCE) {
        String pit = r.pitId() != null ? r.pitId() : at == null ? newPit() : null;
        next = new OpenSearchCursor(request.sort(), last.score(), 0, lastId, pit).encode();
      } else {
        long date = last.sort().get(0).isLong() ? last.sort().get(0).longValue() : Long.MIN_VALUE;
        next = new OpenSearchCursor(request.sort(), 0, date, lastId, null).encode();
      }
    }
    return new SearchResult(
        total, List.copyOf(out), facets, next, prepared.degraded(), approximate);
  }

  private SearchResponse<ObjectNode> page(
      Query query, SearchRequest request, OpenSearchCursor at, String pit) throws IOException {
    Builder s = new Builder();
    if (pit == null) {
      s.index(alias);
    } else {
      s.pit(
          new org.opensearch.client.opensearch.core.search.Pit.Builder()
              .id(pit)
              .keepAlive(KEEP_ALIVE)
              .build());
    }
    s.query(query).size(request.pageSize());
    // Facets look at every match anyway: count them all. Otherwise exactly up to 1,000.
    s.trackTotalHits(t -> request.facets() ? t.enabled(true) : t.count(EXACT_HITS));
    List<String> excluded = new ArrayList<>();
    if (request.highlight() == false) {
      excluded.add(fullTextField);
    }
    s.source(c -> c.filter(f -> f.excludes(excluded.isEmpty() ? List.of("_none_") : excluded)));
    if (request.sort() == SearchRequest.Sort.RELEVANCE) {
      s.sort(
          SortOptions.of(o -> o.score(x -> x.order(SortOrder.Desc))),
          SortOptions.of(
              o -> o.field(f -> f.field(schema.idField().fieldName()).order(SortOrder.Asc))));
      if (at != null) {
        s.searchAfter(FieldValue.of(at.score()), FieldValue.of(at.id()));
      }
    } else {
      s.sort(
          SortOptions.of(
              o ->
                  o.field(
                      f ->
                          f.field(schema.dateField().fieldName())
                              .order(SortOrder.Desc)
                              .missing(FieldValue.of("_last")))),
          SortOptions.of(
              o -> o.field(f -> f.field(schema.idField().fieldName()).order(SortOrder.Asc))));
      if (at != null) {
        s.searchAfter(FieldValue.of(at.date()), FieldValue.of(at.id()));
      }
    }
    if (request.facets()) {
      for (SchemaField f : request.facetFieldsIn(schema)) {
        s.aggregations(f.fieldName(), a -> a.terms(t -> t.field(f.fieldName()).size(FACET_VALUES)));
      }
    }
    return client.search(s.build(), ObjectNode.class);
  }

  /** A point in time of the live index for the next pages, or {@code null} when none is allowed. */
  private String newPit() {
    try (Response r =
        client
            .generic()
            .execute(
                Requests.builder()
                    .method("POST")
                    .endpoint("/" + alias + "/_search/point_in_time")
                    .query(Map.of("keep_alive", KEEP_ALIVE))
                    .build())) {
      if (r.getStatus() != 200) {
        LOG.fine(() -> "no point in time for " + alias + ": " + r.getStatus());
        return null;
      }
      return body(r).path("pit_id").asText(null);
    } catch (IOException e) {
      return null;
    }
  }

  private static Map<String, List<String>> fields(ObjectNode source) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (source == null) {
      return out;
    }
    source
        .properties()
        .forEach(
            e -> {
              JsonNode v = e.getValue();
              List<String> values = new ArrayList<>();
              if (v.isArray()) {
                v.forEach(x -> values.add(x.asText()));
              } else if (v.isObject() == false) {
                values.add(v.asText());
              }
              if (values.isEmpty() == false) {
                out.put(e.getKey(), List.copyOf(values));
              }
            });
    return out;
  }

  @Override
  public SearchExecutor.Marked markAll(String query, String text, int first) {
    try {
      return executor.markAll(query, text, first);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public long count(SearchRequest request) {
    Query query = translator.translate(executor.prepare(request).query());
    try {
      ensureOpen();
      return client.count(c -> c.index(alias).query(query)).count();
    } catch (IOException e) {
      throw unavailable(e);
    }
  }

  @Override
  public Set<String> ids(SearchRequest request) {
    Query query = translator.translate(executor.prepare(request).query());
    String idField = schema.idField().fieldName();
    Set<String> out = new HashSet<>();
    try {
      ensureOpen();
      String after = null;
      while (true) {
        Builder s = new Builder().index(alias).query(query).size(5000);
        s.source(c -> c.fetch(false));
        s.sort(SortOptions.of(o -> o.field(f -> f.field(idField).order(SortOrder.Asc))));
        if (after != null) {
          s.searchAfter(FieldValue.of(after));
        }
        SearchResponse<ObjectNode> r = client.search(s.build(), ObjectNode.class);
        r.hits().hits().forEach(h -> out.add(h.id()));
        if (r.hits().hits().size() < 5000) {
          return out;
        }
        after = r.hits().hits().get(r.hits().hits().size() - 1).id();
      }
    } catch (IOException e) {
      throw unavailable(e);
    }
  }

  @Override
  public boolean contains(String id) {
    try {
      ensureOpen();
      return client.exists(e -> e.index(alias).id(id).realtime(false)).value();
    } catch (IOException e) {
      throw unavailable(e);
    }
  }

  @Override
  public long size() throws IOException {
    ensureOpen();
    return client.count(c -> c.index(alias)).count();
  }

  @Override
  public boolean analysisOutdated() {
    return analysisOutdated;
  }

  @Override
  public boolean ready() {
    try {
      ensureOpen();
    } catch (IOException | RuntimeException e) {
      return false;
    }
    try (Response r =
        client
            .generic()
            .execute(
                Requests.builder()
                    .method("GET")
                    .endpoint("/_cluster/health/" + alias)
                    .query(Map.of("timeout", "2s"))
                    .build())) {
      return r.getStatus() == 200 && "red".equals(body(r).path("status").asText()) == false;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  @Override
  public IndexRebuild startRebuild(long outboxSeq) throws IOException {
    ensureOpen();
    return new Rebuild(createIndex(outboxSeq), outboxSeq);
  }

  /** A new index filled beside the live one, then put behind the alias in one atomic call. */
  private final class Rebuild implements IndexRebuild {
    private final String index;
    private final long sequence;
    private final List<IndexDocument> pending = new ArrayList<>();
    private long count;
    private boolean done;

    Rebuild(String index, long sequence) {
      this.index = index;
      this.sequence = sequence;
    }

    @Override
    public synchronized void add(IndexDocument doc) throws IOException {
      if (done) {
        throw new IllegalStateException("rebuild already finished");
      }
      pending.add(doc);
      count++;
      if (pending.size() >= BULK_DOCS) {
        flush();
      }
    }

    private void flush() throws IOException {
      if (pending.isEmpty()) {
        return;
      }
      BulkRequest.Builder b = new BulkRequest.Builder();
      for (IndexDocument d : pending) {
        b.operations(upsert(index, d, sequence, VersionType.ExternalGte));
      }
      checked(client.bulk(b.build()));
      pending.clear();
    }

    @Override
    public synchronized long count() {
      return count;
    }

    @Override
    public synchronized long finish() throws IOException {
      if (done) {
        throw new IllegalStateException("rebuild already finished");
      }
      List<String> old;
      try {
        flush();
        ok(send("POST", "/" + index + "/_refresh", null), "refresh");
        merge(index);
        old = indicesBehindAlias();
        List<Object> actions = new ArrayList<>();
        for (String o : old) {
          actions.add(Map.of("remove", Map.of("index", o, "alias", alias)));
        }
        actions.add(addAlias(index));
        ok(send("POST", "/_aliases", Map.of("actions", actions)), "alias switch");
      } catch (IOException | RuntimeException e) {
        abort();
        throw e;
      }
      done = true;
      applied.set(sequence);
      analysisOutdated = false;
      for (String o : old) {
        send("DELETE", "/" + o, null).close();
      }
      return count;
    }

    @Override
    public synchronized void abort() throws IOException {
      if (done) {
        return;
      }
      done = true;
      send("DELETE", "/" + index, null).close();
    }
  }

  /**
   * Merges a filled index into one segment per shard before it is searched, as the embedded index
   * is (see IndexStore's rebuild): a bulk load leaves many small segments, and every search pays
   * per segment. A merge that outlasts the client's wait goes on in the cluster; the index is
   * searchable meanwhile.
   */
  private void merge(String index) {
    try (Response r = send("POST", "/" + index + "/_forcemerge?max_num_segments=1", null)) {
      if (r.getStatus() / 100 != 2) {
        LOG.warning(() -> "OpenSearch did not merge " + index + ": " + r.getStatus());
      }
    } catch (IOException e) {
      LOG.info(() -> "OpenSearch merges " + index + " in the background: " + e);
    }
  }

  private Map<String, Object> addAlias(String index) {
    return Map.of("add", Map.of("index", index, "alias", alias, "is_write_index", true));
  }

  private List<String> indicesBehindAlias() throws IOException {
    try (Response r = send("GET", "/_alias/" + alias, null)) {
      if (r.getStatus() == 404) {
        return List.of();
      }
      List<String> out = new ArrayList<>();
      body(r).fieldNames().forEachRemaining(out::add);
      return out;
    }
  }

  private String createIndex(long appliedSequence) throws IOException {
    String index =
        alias
            + "-a"
            + ChineseAnalysis.VERSION
            + "-"
            + System.currentTimeMillis()
            + "-"
            + Long.toHexString(Double.doubleToLongBits(Math.random()) & 0xffffL);
    ok(
        send(
            "PUT",
            "/" + index,
            mapping.indexBody(
                connection.settings().shards(), connection.settings().replicas(), appliedSequence)),
        "create " + index);
    return index;
  }

  /** The {@code _meta} of the index behind the alias, or {@code null} when there is none. */
  private JsonNode readMeta() throws IOException {
    try (Response r = send("GET", "/" + alias + "/_mapping", null)) {
      if (r.getStatus() == 404) {
        return null;
      }
      JsonNode b = okBody(r, "read mapping");
      Iterator<JsonNode> indices = b.elements();
      return indices.hasNext() ? indices.next().path("mappings").path("_meta") : null;
    }
  }

  private void putMeta(String target, long sequence) throws IOException {
    ok(send("PUT", "/" + target + "/_mapping", Map.of("_meta", mapping.meta(sequence))), "meta");
  }

  private Response send(String method, String endpoint, Object json) throws IOException {
    var b = Requests.builder().method(method).endpoint(endpoint);
    if (json != null) {
      JsonpMapper m = client._transport().jsonpMapper();
      b.json(json, m);
    }
    return client.generic().execute(b.build());
  }

  private static void ok(Response r, String what) throws IOException {
    try (r) {
      okBody(r, what);
    }
  }

  private static JsonNode okBody(Response r, String what) throws IOException {
    if (r.getStatus() / 100 != 2) {
      throw new IOException(
          "OpenSearch "
              + what
              + ": "
              + r.getStatus()
              + " "
              + r.getBody().map(Body::bodyAsString).orElse(""));
    }
    return body(r);
  }

  private static JsonNode body(Response r) throws IOException {
    return r.getBody().isPresent()
        ? JSON.readTree(r.getBody().get().bodyAsString())
        : JSON.createObjectNode();
  }

  /** Closes nothing: the connection is shared. */
  @Override
  public void close() {
    // the connection belongs to its owner
  }
}
