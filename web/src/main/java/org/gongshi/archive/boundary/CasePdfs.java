package org.gongshi.archive.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.gongshi.archive.entity.*;
import org.gongshi.organisation.entity.Officer;
import org.gongshi.platform.Clocks;
import org.gongshi.platform.DomainException;
import org.gongshi.platform.id.PartyKind;
import org.gongshi.platform.store.ContentStore;
import org.gongshi.reports.DecisionVariant;
import org.gongshi.reports.ReportRenderer;
import org.gongshi.reports.model.CaseFile;
import org.gongshi.reports.model.PenaltyDecision;

/** Documents printed from a case with the reports module: the decision, the cover and catalog. */
@ApplicationScoped
@Transactional
public class CasePdfs {
  @Inject Clock clock;
  private final ReportRenderer renderer = new ReportRenderer();

  @Inject CaseService cases;
  @Inject ContentStore contentStore;
  @jakarta.persistence.PersistenceContext jakarta.persistence.EntityManager em;

  /** What the catalog's 备注 says of a document dated only by its upload. */
  static final String UPLOAD_DAY_REMARK = "上传日";

  /**
   * The name a document prints for a staff login: the officer's name for an enforcement officer,
   * else the display name kept for the user; never the login name (blank when unknown).
   */
  String personName(String username) {
    if (username == null) return null;
    return em.createNamedQuery(
            org.gongshi.organisation.entity.AppUser.BY_NAME,
            org.gongshi.organisation.entity.AppUser.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst()
        .map(u -> u.getOfficer() != null ? u.getOfficer().getName() : u.getDisplayName())
        .orElse(null);
  }

  @Inject jakarta.enterprise.inject.Instance<MajorDecisionRules> majorRules;

  /** 重大行政处罚决定备案报告 to the government's legal office, due 15 days after the decision. */
  public byte[] filingReportPdf(long caseId, String reporter) {
    EnforcementCase c = cases.readable(caseId);
    LocalDate decided = c.getMilestones().get(MilestoneKind.DECIDED);
    if (decided == null || c.getDecisionNumber() == null) {
      throw DomainException.conflict("milestones.DECIDED", "案件尚未记录处罚决定及决定书文号，不能生成备案报告");
    }
    if (majorRules.isUnsatisfied() || majorRules.get().majorBecause(c).isEmpty()) {
      throw DomainException.conflict(
          "penalties", "本案按处罚决定之日有效的重大行政处罚决定标准不属于重大行政处罚决定，也未被标记为重大案件，无需备案");
    }
    Party p = c.getParties().get(0);
    var party =
        new org.gongshi.reports.model.Party(
            p.getKind() == PartyKind.NATURAL_PERSON
                ? org.gongshi.reports.model.Party.PartyType.NATURAL_PERSON
                : p.getKind() == PartyKind.ORGANISATION
                    ? org.gongshi.reports.model.Party.PartyType.ORGANISATION
                    : org.gongshi.reports.model.Party.PartyType.INDIVIDUAL_BUSINESS,
            p.getName(),
            p.getUscc() != null ? p.getUscc() : p.getIdNumber(),
            p.getLegalRepresentative(),
            p.getAddress() == null ? "" : p.getAddress());
    String penalty =
        String.join(
            "；",
            c.getPenalties().stream()
                .map(
                    x ->
                        x.getKind().label
                            + (x.getAmount() == null
                                ? ""
                                : "人民币" + x.getAmount().toPlainString() + "元"))
                .toList());
    BigDecimal fines = c.totalFine();
    LocalDate deadline = majorRules.get().filingDue(c, decided);
    java.util.Set<DocumentType> present = java.util.EnumSet.noneOf(DocumentType.class);
    c.getDocuments().stream()
        .filter(d -> !d.getFiles().isEmpty())
        .forEach(d -> present.add(d.getType()));
    List<String> materials =
        java.util.stream.Stream.of(
                DocumentType.INVESTIGATION_END_REPORT,
                DocumentType.LEGAL_REVIEW_OPINION,
                DocumentType.DECISION,
                DocumentType.CLOSING_REPORT,
                DocumentType.ADVANCE_NOTICE,
                DocumentType.HEARING_RECORD,
                DocumentType.COLLECTIVE_DISCUSSION)
            .filter(present::contains)
            .map(t -> t.label)
            .toList();
    var filing =
        new org.gongshi.reports.model.MajorDecisionFiling(
            null,
            c.getAgency().getRegion() + "司法局",
            c.getAgency().getName(),
            c.getDecisionNumber(),
            c.getTitle(),
            party,
            c.getViolation(),
            penalty,
            fines.signum() == 0 ? null : fines,
            c.getMilestones().get(MilestoneKind.FILED),
            c.getMilestones().get(MilestoneKind.LEGAL_REVIEW),
            c.getMilestones().containsKey(MilestoneKind.LEGAL_REVIEW) ? "经法制审核，同意作出处罚决定" : null,
            c.getMilestones().get(MilestoneKind.COLLECTIVE_DISCUSSION),
            c.getMilestones().containsKey(MilestoneKind.HEARING),
            decided,
            deadline,
            materials,
            personName(reporter),
            null,
            LocalDate.now(clock));
    return renderer.majorDecisionFilingPdf(filing);
  }

  /** 行政处罚决定书 (full version, for the file and the party). */
  public byte[] decisionPdf(long caseId) {
    return renderer.penaltyDecisionPdf(
        penaltyDecision(cases.readable(caseId)), DecisionVariant.FULL);
  }

  /**
   * The decision as the 决定书 states it (Art. 59), from the case; 409 while the case has no decision.
   */
  public static PenaltyDecision penaltyDecision(EnforcementCase c) {
    LocalDate decided = c.getMilestones().get(MilestoneKind.DECIDED);
    if (decided == null || c.getDecisionNumber() == null) {
      throw DomainException.conflict("milestones.DECIDED", "案件尚未记录处罚决定及决定书文号，不能生成决定书");
    }
    if (c.getPenalties().isEmpty())
      throw DomainException.conflict("penalties", "案件没有处罚内容，不能生成处罚决定书");
    var party = reportParty(c.getParties().get(0));
    List<org.gongshi.reports.model.Party> others =
        c.getParties().subList(1, c.getParties().size()).stream()
            .map(CasePdfs::reportParty)
            .toList();
    List<String> penalties =
        c.getPenalties().stream()
            .map(
                x ->
                    x.getKind().label
                        + (x.getAmount() == null
                            ? ""
                            : "人民币" + x.getAmount().toPlainString() + "元"))
            .toList();
    BigDecimal fines = c.totalFine();
    List<String> evidence =
        c.getDocuments().stream()
            .filter(
                d ->
                    d.getType() == DocumentType.EVIDENCE
                        || d.getType() == DocumentType.INQUIRY_RECORD
                        || d.getType() == DocumentType.ON_SITE_INSPECTION)
            .sorted(Views.DOCUMENT_ORDER)
            .map(CaseDocument::getTitle)
            .toList();
    String region = c.getAgency().getRegion();
    return new PenaltyDecision(
        c.getDecisionNumber(),
        c.getAgency().getName(),
        c.getProcedure() == Procedure.SIMPLE
            ? PenaltyDecision.Procedure.SIMPLE
            : PenaltyDecision.Procedure.GENERAL,
        party,
        c.getViolation(),
        evidence,
        c.getLegalBasis(),
        c.getLegalBasis(),
        null,
        penalties,
        fines.signum() == 0 ? null : fines,
        null,
        15,
        region + "人民政府",
        region + "人民法院",
        decided,
        others);
  }

  /** A party as the 决定书 names it: its USCC, else its identity number. */
  private static org.gongshi.reports.model.Party reportParty(Party p) {
    return new org.gongshi.reports.model.Party(
        switch (p.getKind()) {
          case NATURAL_PERSON -> org.gongshi.reports.model.Party.PartyType.NATURAL_PERSON;
          case ORGANISATION -> org.gongshi.reports.model.Party.PartyType.ORGANISATION;
          case INDIVIDUAL_BUSINESS -> org.gongshi.reports.model.Party.PartyType.INDIVIDUAL_BUSINESS;
        },
        p.getName(),
        p.getUscc() != null ? p.getUscc() : p.getIdNumber(),
        p.getLegalRepresentative(),
        p.getAddress() == null ? "" : p.getAddress());
  }

  /** 卷宗封面 and 卷内目录, page ranges from the files (a PDF's own page count, one page otherwise). */
  public byte[] coverAndCatalogPdf(long caseId) {
    EnforcementCase c = cases.readable(caseId);
    List<CaseFile.CatalogEntry> catalog = new ArrayList<>();
    int page = 1;
    for (CaseDocument d : c.getDocuments().stream().sorted(Views.DOCUMENT_ORDER).toList()) {
      int pages = Math.max(1, d.getFiles().stream().mapToInt(this::pageCount).sum());
      catalog.add(
          new CaseFile.CatalogEntry(
              d.getType() == DocumentType.DECISION ? c.getDecisionNumber() : null,
              c.getAgency().getShortName(),
              d.getTitle(),
              d.getDocumentDate() != null
                  ? d.getDocumentDate()
                  : d.getCreatedAt().atZone(Clocks.CHINA).toLocalDate(),
              page,
              page + pages - 1,
              d.getDocumentDate() != null ? null : UPLOAD_DAY_REMARK));
      page += pages;
    }
    String officers = String.join("、", c.getOfficers().stream().map(Officer::getName).toList());
    String outcome =
        c.getPenalties().stream()
            .map(
                x ->
                    x.getKind().label
                        + (x.getAmount() == null ? "" : x.getAmount().toPlainString() + "元"))
            .reduce((a, b) -> a + "；" + b)
            .orElse("");
    CaseFile file =
        new CaseFile(
            c.getAgency().getName(),
            c.getCaseNumber(),
            c.getCaseNumber(),
            c.getTitle(),
            String.join("、", c.getParties().stream().map(Party::getName).toList()),
            outcome,
            c.getMilestones().get(MilestoneKind.FILED),
            c.getMilestones().get(MilestoneKind.CLOSED),
            officers,
            "长期",
            1,
            1,
            personName(c.getSealedBy()),
            null,
            c.getSealedAt() == null ? null : c.getSealedAt().atZone(Clocks.CHINA).toLocalDate(),
            catalog);
    return renderer.caseFileCoverAndCatalogPdf(file);
  }

  private int pageCount(StoredFile f) {
    if (!"application/pdf".equals(f.getMediaType())) return 1;
    try (PDDocument pdf = Loader.loadPDF(contentStore.pathOf(f.getSha256()).toFile())) {
      return Math.max(1, pdf.getNumberOfPages());
    } catch (IOException e) {
      return 1;
    }
  }
}
