package org.gongshi.search;

import org.gongshi.search.index.IndexSchema;
import org.gongshi.search.opensearch.OpenSearchNode;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link EverydayWordsTest}, every case, on an OpenSearch node. */
@ExtendWith(OpenSearchNode.class)
class OpenSearchEverydayWordsTest extends EverydayWordsTest {

  @Override
  protected SearchEngine newEngine(IndexSchema schema) {
    return OpenSearchNode.engine(schema);
  }
}
