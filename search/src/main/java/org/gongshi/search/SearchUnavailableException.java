package org.gongshi.search;

/**
 * The search backend cannot be reached (an OpenSearch cluster down or refusing): searches answer
 * 503 meanwhile, writes stay in the outbox and catch up later.
 */
public class SearchUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * A failure to reach the backend.
   *
   * @param message what failed
   * @param cause the underlying error
   */
  public SearchUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
