package org.gongshi.platform;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongshi.search.SearchEngine;
import org.gongshi.search.index.IndexSchema;
import org.gongshi.search.opensearch.OpenSearchConnection;
import org.gongshi.search.opensearch.OpenSearchEngine;
import org.gongshi.search.opensearch.OpenSearchSettings;

/**
 * Opens the search engine of an index on the configured backend: {@code GONGSHI_SEARCH_BACKEND=
 * lucene} (default: embedded, under {@code GONGSHI_INDEX_DIR}) or {@code opensearch} (a cluster at
 * {@code GONGSHI_OPENSEARCH_URL}, with {@code _USER}, {@code _PASSWORD} and {@code _CA}).
 */
@ApplicationScoped
public class SearchBackends {
  private static final Logger LOG = Logger.getLogger(SearchBackends.class.getName());

  @Inject
  @ConfigProperty(name = "gongshi.search.backend", defaultValue = "lucene")
  String backend;

  @Inject Settings settings;

  private OpenSearchConnection connection;

  /** The backend's name, for /health and logs. */
  public String backend() {
    String b = backend.strip().toLowerCase(java.util.Locale.ROOT);
    if (!b.equals("lucene") && !b.equals("opensearch")) {
      throw new IllegalStateException(
          "GONGSHI_SEARCH_BACKEND must be lucene or opensearch, not " + backend);
    }
    return b;
  }

  /**
   * Opens (creating when missing) the index {@code name} of a schema.
   *
   * @param searchThreads threads for one search on the embedded engine, or null
   */
  public SearchEngine open(String name, IndexSchema schema, Executor searchThreads)
      throws IOException {
    if (backend().equals("opensearch")) {
      return OpenSearchEngine.open(connection(), schema);
    }
    return searchThreads == null
        ? SearchEngine.open(settings.indexDir().resolve(name), schema)
        : SearchEngine.open(settings.indexDir().resolve(name), schema, searchThreads);
  }

  private synchronized OpenSearchConnection connection() {
    if (connection == null) {
      OpenSearchSettings s = OpenSearchSettings.fromEnvironment(System.getenv());
      LOG.info("Search backend: " + s);
      connection = OpenSearchConnection.open(s);
    }
    return connection;
  }

  @PreDestroy
  synchronized void close() {
    if (connection != null) {
      try {
        connection.close();
      } catch (IOException e) {
        LOG.log(Level.WARNING, "Closing the OpenSearch connection", e);
      }
    }
  }
}
