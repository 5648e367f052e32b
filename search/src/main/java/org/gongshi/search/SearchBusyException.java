package org.gongshi.search;

/** A search waited too long for its turn (too many at once): answered 503, to be retried. */
public class SearchBusyException extends SearchUnavailableException {

  private static final long serialVersionUID = 1L;

  /**
   * @param message how long it waited
   */
  public SearchBusyException(String message) {
    super(message, null);
  }
}
