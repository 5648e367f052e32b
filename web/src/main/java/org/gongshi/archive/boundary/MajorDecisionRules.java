package org.gongshi.archive.boundary;

import java.time.LocalDate;
import java.util.Optional;
import org.gongshi.archive.entity.EnforcementCase;

/**
 * Whether a case's decision is major and when its filing is due, by the rules an administrator
 * keeps as data (the legal feature implements it; the archive looks it up through CDI).
 */
public interface MajorDecisionRules {
  /**
   * Why the case is major, in words (the rule or the officer's marking), or empty when it is not.
   */
  Optional<String> majorBecause(EnforcementCase c);

  /** The day the filing with the legal office is due for a decision of that day. */
  LocalDate filingDue(EnforcementCase c, LocalDate decidedOn);

  /**
   * Whether a decision of that day gives the party the right to ask for a hearing (Art. 63): the
   * "large amount" of the rule in force on that day, or a penalty kind that always gives it.
   */
  boolean hearingRight(EnforcementCase c, LocalDate decidedOn);
}
