package org.gongshi.archive.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gongshi.archive.entity.*;
import org.gongshi.organisation.entity.Agency;
import org.gongshi.organisation.entity.Officer;
import org.gongshi.platform.audit.AuditEvent;
import org.gongshi.platform.id.PartyKind;

/** What the API and pages show of the archive: records, never entities. */
public final class Views {
  private Views() {}

  public record AgencyView(long id, String name, String shortName, String uscc, String region) {
    static AgencyView of(Agency a) {
      return new AgencyView(a.getId(), a.getName(), a.getShortName(), a.getUscc(), a.getRegion());
    }
  }

  public record OfficerView(long id, String name, String certificateNo, LocalDate validUntil) {
    static OfficerView of(Officer o) {
      return new OfficerView(o.getId(), o.getName(), o.getCertificateNo(), o.getValidUntil());
    }
  }

  public record PartyView(
      PartyKind kind,
      String kindLabel,
      String name,
      String idNumber,
      String uscc,
      String legalRepresentative,
      String address,
      boolean minor) {
    static PartyView of(Party p) {
      return new PartyView(
          p.getKind(),
          p.getKind().label,
          p.getName(),
          p.getIdNumber(),
          p.getUscc(),
          p.getLegalRepresentative(),
          p.getAddress(),
          p.isMinor());
    }
  }

  public record PenaltyView(PenaltyKind kind, String kindLabel, BigDecimal amount, String note) {
    static PenaltyView of(Penalty p) {
      return new PenaltyView(p.getKind(), p.getKind().label, p.getAmount(), p.getNote());
    }
  }

  public record MilestoneView(MilestoneKind kind, String label, LocalDate day) {}

  public record FileView(
      long id,
      String fileName,
      String sha256,
      long sizeBytes,
      String mediaType,
      ExtractionStatus extractionStatus,
      String extractionLabel,
      String extractionReason,
      String extractionMessage,
      int textLength,
      Instant uploadedAt,
      String uploadedBy,
      Boolean fixityOk) {
    static FileView of(StoredFile f) {
      return new FileView(
          f.getId(),
          f.getFileName(),
          f.getSha256(),
          f.getSizeBytes(),
          f.getMediaType(),
          f.getExtractionStatus(),
          f.getExtractionStatus().label,
          f.getExtractionReason(),
          f.getExtractionMessage(),
          f.getExtractedText() == null ? 0 : f.getExtractedText().length(),
          f.getUploadedAt(),
          f.getUploadedBy(),
          f.getFixityOk());
    }
  }

  public record DocumentView(
      long id,
      DocumentType type,
      String typeLabel,
      String title,
      Integer position,
      Instant createdAt,
      String createdBy,
      List<FileView> files,
      LocalDate documentDate) {
    static DocumentView of(CaseDocument d) {
      return new DocumentView(
          d.getId(),
          d.getType(),
          d.getType().label,
          d.getTitle(),
          d.getPosition(),
          d.getCreatedAt(),
          d.getCreatedBy(),
          d.getFiles().stream().map(FileView::of).toList(),
          d.getDocumentDate());
    }
  }

  public record CaseSummary(
      long id,
      String caseNumber,
      String title,
      String agency,
      Procedure procedure,
      String procedureLabel,
      CaseStatus status,
      String statusLabel,
      String parties,
      LocalDate filed,
      LocalDate decided,
      String decisionNumber) {
    static CaseSummary of(EnforcementCase c) {
      return new CaseSummary(
          c.getId(),
          c.getCaseNumber(),
          c.getTitle(),
          c.getAgency().getName(),
          c.getProcedure(),
          c.getProcedure().label,
          c.getStatus(),
          c.getStatus().label,
          String.join("、", c.getParties().stream().map(Party::getName).toList()),
          c.getMilestones().get(MilestoneKind.FILED),
          c.getMilestones().get(MilestoneKind.DECIDED),
          c.getDecisionNumber());
    }
  }

  public record AnnotationView(long id, String body, Instant createdAt, String createdBy) {
    static AnnotationView of(Annotation a) {
      return new AnnotationView(a.getId(), a.getBody(), a.getCreatedAt(), a.getCreatedBy());
    }
  }

  public record CaseView(
      long id,
      String caseNumber,
      String title,
      AgencyView agency,
      Procedure procedure,
      String procedureLabel,
      CaseSource source,
      String sourceLabel,
      CaseStatus status,
      String statusLabel,
      String violation,
      LocalDate violationDay,
      String legalBasis,
      String decisionNumber,
      Integer extensionDays,
      String extensionApprovedBy,
      String extensionReason,
      List<PartyView> parties,
      List<OfficerView> officers,
      List<PenaltyView> penalties,
      List<MilestoneView> milestones,
      List<DocumentView> documents,
      List<AnnotationView> annotations,
      List<String> missingDocuments,
      Instant createdAt,
      String createdBy,
      Instant sealedAt,
      String sealedBy,
      long version,
      String catalogCode,
      String discretionLevel,
      String discretionReason,
      String discretionStatus) {
    static CaseView of(
        EnforcementCase c,
        List<Annotation> annotations,
        List<DocumentType> missing,
        String discretionStatus) {
      Map<MilestoneKind, LocalDate> m = c.getMilestones();
      return new CaseView(
          c.getId(),
          c.getCaseNumber(),
          c.getTitle(),
          AgencyView.of(c.getAgency()),
          c.getProcedure(),
          c.getProcedure().label,
          c.getSource(),
          c.getSource().label,
          c.getStatus(),
          c.getStatus().label,
          c.getViolation(),
          c.getViolationDay(),
          c.getLegalBasis(),
          c.getDecisionNumber(),
          c.getExtensionDays(),
          c.getExtensionApprovedBy(),
          c.getExtensionReason(),
          c.getParties().stream().map(PartyView::of).toList(),
          c.getOfficers().stream()
              .sorted(
                  java.util.Comparator.comparing(org.gongshi.organisation.entity.Officer::getId))
              .map(OfficerView::of)
              .toList(),
          c.getPenalties().stream().map(PenaltyView::of).toList(),
          java.util.Arrays.stream(MilestoneKind.values())
              .filter(m::containsKey)
              .map(k -> new MilestoneView(k, k.label, m.get(k)))
              .toList(),
          c.getDocuments().stream().sorted(DOCUMENT_ORDER).map(DocumentView::of).toList(),
          annotations.stream().map(AnnotationView::of).toList(),
          missing.stream().map(t -> t.label).toList(),
          c.getCreatedAt(),
          c.getCreatedBy(),
          c.getSealedAt(),
          c.getSealedBy(),
          c.getVersion(),
          c.getCatalogCode(),
          c.getDiscretionLevel(),
          c.getDiscretionReason(),
          discretionStatus);
    }
  }

  /** Catalog order, then upload order: the order of the archived file. */
  public static final java.util.Comparator<CaseDocument> DOCUMENT_ORDER =
      java.util.Comparator.comparing(
              (CaseDocument d) -> d.getPosition() == null ? Integer.MAX_VALUE : d.getPosition())
          .thenComparing(d -> d.getType().ordinal())
          .thenComparing(CaseDocument::getId);

  /**
   * One audit entry. The codes (actor, action) stay for API clients; pages show {@code actorName},
   * {@code actionLabel} and {@code time} (China time).
   */
  public record AuditEntryView(
      long seq,
      Instant occurredAt,
      String time,
      String actor,
      String actorName,
      String action,
      String actionLabel,
      String entityType,
      String entityId,
      Long caseId,
      String detail,
      String hash) {
    private static final java.time.format.DateTimeFormatter TIME =
        java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(org.gongshi.platform.Clocks.CHINA);

    static AuditEntryView of(AuditEvent e, java.util.Map<String, String> displayNames) {
      String actor = e.getActor();
      String name =
          "system".equals(actor)
              ? "系统"
              : displayNames.getOrDefault(actor, actor == null ? "" : "其他人员");
      return new AuditEntryView(
          e.getSeq(),
          e.getOccurredAt(),
          e.getOccurredAt() == null ? "" : TIME.format(e.getOccurredAt()),
          actor,
          name,
          e.getAction(),
          org.gongshi.platform.audit.AuditActions.label(e.getAction()),
          e.getEntityType(),
          e.getEntityId(),
          e.getCaseId(),
          e.getDetail(),
          e.getHash());
    }
  }

  public record Page<T>(long total, int page, int size, List<T> items) {}
}
