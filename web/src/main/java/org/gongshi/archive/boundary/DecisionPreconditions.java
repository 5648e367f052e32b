package org.gongshi.archive.boundary;

import java.time.LocalDate;
import org.gongshi.archive.entity.EnforcementCase;

/**
 * What a feature above the archive requires before a penalty decision may be recorded (the party's
 * rights windows, a major case's legal review and collective discussion). Implementations throw a
 * {@link org.gongshi.platform.DomainException} naming the rule; the archive looks them up through
 * CDI so it never depends on the features that provide them.
 */
public interface DecisionPreconditions {
  void check(EnforcementCase c, LocalDate decidedOn);
}
