package org.gongshi.review.control;

import java.util.Optional;

/**
 * What the major-decision feature (法制审核, 集体讨论) knows of a case, for the pre-check "major case
 * without legal review or collective discussion". Looked up through CDI {@code Instance}; while no
 * bean implements it the pre-check reports 未接入 instead of guessing.
 */
public interface MajorCaseFacts {
  /** Empty when the case is unknown to the feature. */
  Optional<CaseFacts.MajorFact> of(long caseId);
}
