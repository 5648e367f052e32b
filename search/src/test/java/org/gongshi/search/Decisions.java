package org.gongshi.search;

import java.time.LocalDate;
import org.gongshi.search.index.ArchiveField;
import org.gongshi.search.index.IndexDocument;

/** Builds archive documents for tests: a penalty decision with sensible defaults. */
public final class Decisions {

  private final IndexDocument.Builder b;

  private Decisions(String id) {
    b = IndexDocument.builder(id).add(ArchiveField.KIND, "case");
  }

  public static Decisions decision(String id) {
    return new Decisions(id);
  }

  public Decisions agency(String id, String name) {
    b.add(ArchiveField.AGENCY_ID, id).add(ArchiveField.AGENCY_NAME, name);
    return this;
  }

  public Decisions party(String name) {
    b.add(ArchiveField.PARTIES, name);
    return this;
  }

  public Decisions uscc(String uscc) {
    b.add(ArchiveField.USCC, uscc);
    return this;
  }

  public Decisions violation(String text) {
    b.add(ArchiveField.VIOLATION, text);
    return this;
  }

  public Decisions basis(String text) {
    b.add(ArchiveField.LEGAL_BASIS, text);
    return this;
  }

  public Decisions numbers(String caseNumber, String decisionNumber) {
    b.add(ArchiveField.CASE_NUMBER, caseNumber).add(ArchiveField.DECISION_NUMBER, decisionNumber);
    return this;
  }

  public Decisions domain(String domain) {
    b.add(ArchiveField.DOMAIN, domain);
    return this;
  }

  public Decisions penalties(String... types) {
    b.add(ArchiveField.PENALTY_TYPES, (Object[]) types);
    return this;
  }

  public Decisions procedure(String procedure) {
    b.add(ArchiveField.PROCEDURE, procedure);
    return this;
  }

  public Decisions decided(LocalDate date) {
    b.add(ArchiveField.DECISION_DATE, date);
    return this;
  }

  public Decisions content(String text) {
    b.add(ArchiveField.CONTENT, text);
    return this;
  }

  public IndexDocument build() {
    return b.build();
  }

  /** A small generic decision. */
  public static IndexDocument simple(String id, String text) {
    return decision(id)
        .agency("A1", "金华市金东区综合行政执法局")
        .domain("市容环卫")
        .decided(LocalDate.of(2024, 1, 2))
        .content(text)
        .build();
  }
}
