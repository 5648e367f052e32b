package org.gongshi.search.index;

import java.io.IOException;
import java.util.Iterator;

/**
 * A rebuild in progress beside the live index: add every document, then finish (swap it in) or
 * abort (drop it). Searches go on against the live index meanwhile.
 */
public interface IndexRebuild {

  /**
   * Adds (or replaces, by id) a document of the new index.
   *
   * @param doc the document
   * @throws IOException when it cannot be written
   */
  void add(IndexDocument doc) throws IOException;

  /**
   * Documents added so far.
   *
   * @return the count
   */
  long count();

  /**
   * Makes the new index durable and swaps it in.
   *
   * @return the number of documents added
   * @throws IOException when it cannot be finished (the live index stays)
   */
  long finish() throws IOException;

  /**
   * Drops the new index; the live one stays.
   *
   * @throws IOException when it cannot be removed
   */
  void abort() throws IOException;

  /**
   * Adds every document, then finishes; aborts when one cannot be added.
   *
   * @param docs the documents of the new index
   * @return the number of documents added
   * @throws IOException when the rebuild fails (the live index stays)
   */
  default long fill(Iterator<IndexDocument> docs) throws IOException {
    try {
      while (docs.hasNext()) {
        add(docs.next());
      }
    } catch (IOException | RuntimeException e) {
      abort();
      throw e;
    }
    return finish();
  }
}
