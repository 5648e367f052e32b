package org.gongshi.review.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gongshi.archive.entity.DocumentType;
import org.gongshi.archive.entity.MilestoneKind;
import org.gongshi.archive.entity.PenaltyKind;
import org.gongshi.archive.entity.Procedure;

/**
 * What the pre-checks read of one file, gathered by the boundary from the case, its disclosure
 * record, the power list and the major-decision feature.
 *
 * @param documents the first document of each type present, by id (evidence links)
 * @param discretion the fine against its discretion level, null when no level was applied
 * @param publication the disclosure record, null when there is none
 * @param majorWithoutReview null when the major-decision feature is not connected
 * @param actDay the day of the violation, null when the file does not record it
 */
public record CaseFacts(
    Procedure procedure,
    boolean organisationParty,
    List<PenaltyKind> penaltyKinds,
    BigDecimal totalFine,
    List<OfficerFact> officers,
    Map<MilestoneKind, LocalDate> milestones,
    Map<DocumentType, Long> documents,
    Integer extensionDays,
    Discretion discretion,
    Publication publication,
    MajorFact majorWithoutReview,
    LocalDate actDay,
    LocalDate today) {

  public record OfficerFact(String name, String certificateNo, LocalDate validUntil) {}

  /** The fine against the discretion level: within, outside with a reason, outside without. */
  public record Discretion(boolean outside, boolean reasoned, String message) {}

  /**
   * The disclosure of the decision.
   *
   * @param required false when the law says it is not published (warning, simple procedure…)
   */
  public record Publication(
      boolean required,
      LocalDate deadline,
      LocalDate publishedOn,
      LocalDate withdrawalDeadline,
      LocalDate withdrawnOn,
      String status) {}

  /** Whether a major case went without legal review or collective discussion, and what it lacks. */
  public record MajorFact(boolean major, boolean missing, String detail) {}
}
