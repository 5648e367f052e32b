package org.gongshi.search.index;

import java.io.IOException;

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
}
