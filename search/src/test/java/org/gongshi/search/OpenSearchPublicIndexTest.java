package org.gongshi.search;

import org.gongshi.search.index.IndexSchema;
import org.gongshi.search.opensearch.OpenSearchNode;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link PublicIndexTest}, every case, on an OpenSearch node. */
@ExtendWith(OpenSearchNode.class)
class OpenSearchPublicIndexTest extends PublicIndexTest {

  @Override
  protected SearchEngine newEngine(IndexSchema schema) {
    return OpenSearchNode.engine(schema);
  }
}
