package org.gongshi.archive.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.gongshi.archive.entity.*;
import org.gongshi.search.index.ArchiveField;
import org.gongshi.search.index.IndexDocument;

/**
 * Maps the archive to the archive index: one Lucene document per case ({@code case:ID}) and one per
 * case document ({@code doc:ID}, carrying its files' extracted text and its case's metadata).
 */
@ApplicationScoped
public class ArchiveIndexDocuments {
  @PersistenceContext EntityManager em;

  /** The case and all its documents, as they are now (empty when the case is gone). */
  public List<IndexDocument> forCase(long caseId) {
    EnforcementCase c = em.find(EnforcementCase.class, caseId);
    if (c == null) return List.of();
    List<IndexDocument> out = new ArrayList<>();
    out.add(caseDocument(c));
    for (CaseDocument d : c.getDocuments()) out.add(document(c, d));
    return out;
  }

  public IndexDocument forDocument(CaseDocument d) {
    return document(d.getEnforcementCase(), d);
  }

  private IndexDocument caseDocument(EnforcementCase c) {
    IndexDocument.Builder b =
        common(IndexDocument.builder("case:" + c.getId()), c).add(ArchiveField.KIND, "case");
    b.add(ArchiveField.TITLE, c.getCaseNumber() + " " + c.getTitle());
    b.add(ArchiveField.CONTENT, c.getViolation());
    return b.build();
  }

  private IndexDocument document(EnforcementCase c, CaseDocument d) {
    IndexDocument.Builder b =
        common(IndexDocument.builder("doc:" + d.getId()), c).add(ArchiveField.KIND, "document");
    b.add(ArchiveField.TITLE, d.getTitle() + " · " + c.getCaseNumber());
    b.add(ArchiveField.DOCUMENT_TYPE, d.getType().label);
    String text =
        d.getFiles().stream()
            .map(StoredFile::getExtractedText)
            .filter(Objects::nonNull)
            .collect(Collectors.joining("\n"));
    String names =
        d.getFiles().stream().map(StoredFile::getFileName).collect(Collectors.joining(" "));
    b.add(ArchiveField.CONTENT, names + "\n" + text);
    return b.build();
  }

  private static IndexDocument.Builder common(IndexDocument.Builder b, EnforcementCase c) {
    b.add(ArchiveField.CASE_ID, String.valueOf(c.getId()));
    b.add(ArchiveField.CASE_NUMBER, c.getCaseNumber());
    b.add(ArchiveField.AGENCY_ID, String.valueOf(c.getAgency().getId()));
    b.add(ArchiveField.AGENCY_NAME, c.getAgency().getName());
    b.addAll(ArchiveField.PARTIES, c.getParties().stream().map(Party::getName).toList());
    b.addAll(
        ArchiveField.USCC,
        c.getParties().stream().map(Party::getUscc).filter(Objects::nonNull).toList());
    b.add(ArchiveField.VIOLATION, c.getTitle());
    b.add(ArchiveField.LEGAL_BASIS, c.getLegalBasis());
    if (c.getDecisionNumber() != null) b.add(ArchiveField.DECISION_NUMBER, c.getDecisionNumber());
    b.addAll(
        ArchiveField.PENALTY_TYPES,
        c.getPenalties().stream().map(p -> p.getKind().label).distinct().toList());
    b.add(ArchiveField.PROCEDURE, c.getProcedure().label);
    LocalDate filed = c.getMilestones().get(MilestoneKind.FILED);
    LocalDate decided = c.getMilestones().get(MilestoneKind.DECIDED);
    LocalDate date = filed != null ? filed : decided;
    if (date != null) b.add(ArchiveField.FILED_DATE, date);
    if (decided != null) b.add(ArchiveField.DECISION_DATE, decided);
    return b;
  }
}
