package org.gongshi.reports;

/** Which copy of a penalty decision to print. */
public enum DecisionVariant {
  /** The full document served on the party and archived. */
  FULL,
  /** The disclosure copy: the caller passes already-redacted text; marked 公示版. */
  PUBLIC
}
