package org.gongshi.archive.boundary;

import java.time.LocalDate;

/**
 * Fired in the transaction that records (or corrects) a penalty decision, carrying what other
 * features need without handing them the archive's entities.
 */
public record DecisionRecorded(
    long caseId,
    long agencyId,
    String caseNumber,
    String decisionNumber,
    LocalDate decidedOn,
    boolean simpleProcedure,
    boolean warningOnly,
    boolean minorParty) {}
