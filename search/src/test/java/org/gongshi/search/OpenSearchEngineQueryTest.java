package org.gongshi.search;

import org.gongshi.search.index.IndexSchema;
import org.gongshi.search.opensearch.OpenSearchNode;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link SearchEngineQueryTest}, every case, on an OpenSearch node. */
@ExtendWith(OpenSearchNode.class)
class OpenSearchEngineQueryTest extends SearchEngineQueryTest {

  @Override
  protected SearchEngine newEngine(IndexSchema schema) {
    return OpenSearchNode.engine(schema);
  }
}
