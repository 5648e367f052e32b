package org.gongshi.disclosure.control;

import java.util.List;

/**
 * Finds person and organisation names in free Chinese text. The {@link Redactor} still guards every
 * person it is given with its own plausibility checks.
 */
public interface NameRecogniser {

  /** What a mention names. */
  enum Kind {
    PERSON,
    ORGANISATION,
    /** A place name (ns). */
    PLACE,
    /** Any other word of two or more characters: a name stands only on word boundaries. */
    WORD
  }

  /** A name found at {@code [start, end)}. */
  record Mention(int start, int end, Kind kind, String text) {}

  /** The mentions, in text order. */
  List<Mention> find(String text);

  /** A recogniser that finds nothing (recognition switched off). */
  static NameRecogniser none() {
    return text -> List.of();
  }
}
