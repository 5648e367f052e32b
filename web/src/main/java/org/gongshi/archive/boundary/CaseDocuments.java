package org.gongshi.archive.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.gongshi.archive.entity.*;
import org.gongshi.platform.DomainException;
import org.gongshi.reports.DecisionVariant;
import org.gongshi.reports.ReportRenderer;
import org.gongshi.reports.model.CaseFile;
import org.gongshi.reports.model.PenaltyDecision;

/** Documents printed from a case with the reports module: the decision, the cover and catalog. */
@ApplicationScoped
@Transactional
public class CaseDocuments {
  private final ReportRenderer renderer = new ReportRenderer();

  @Inject CaseService cases;
  @Inject Archive archive;

  /** 行政处罚决定书 (full version, for the file and the party). */
  public byte[] decisionPdf(long caseId) {
    EnforcementCase c = cases.readable(caseId);
    LocalDate decided = c.getMilestones().get(MilestoneKind.DECIDED);
    if (decided == null || c.getDecisionNumber() == null) {
      throw DomainException.conflict("milestones.DECIDED", "案件尚未记录处罚决定及决定书文号，不能生成决定书");
    }
    if (c.getPenalties().isEmpty()) throw DomainException.conflict("penalties", "案件没有处罚内容，不能生成处罚决定书");
    Party p = c.getParties().get(0);
    var party = new org.gongshi.reports.model.Party(switch (p.getKind()) {
      case NATURAL_PERSON -> org.gongshi.reports.model.Party.PartyType.NATURAL_PERSON;
      case ORGANISATION -> org.gongshi.reports.model.Party.PartyType.ORGANISATION;
      case INDIVIDUAL_BUSINESS -> org.gongshi.reports.model.Party.PartyType.INDIVIDUAL_BUSINESS;
    }, p.getName(), p.getUscc() != null ? p.getUscc() : p.getIdNumber(), p.getLegalRepresentative(),
        p.getAddress() == null ? "" : p.getAddress());
    List<String> penalties = c.getPenalties().stream()
        .map(x -> x.getKind().label + (x.getAmount() == null ? "" : "人民币" + x.getAmount().toPlainString() + "元")).toList();
    BigDecimal fines = c.getPenalties().stream().filter(x -> x.getKind() == PenaltyKind.FINE).map(Penalty::getAmount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    List<String> evidence = c.getDocuments().stream()
        .filter(d -> d.getType() == DocumentType.EVIDENCE || d.getType() == DocumentType.INQUIRY_RECORD
            || d.getType() == DocumentType.ON_SITE_INSPECTION)
        .sorted(Views.DOCUMENT_ORDER).map(CaseDocument::getTitle).toList();
    String region = c.getAgency().getRegion();
    PenaltyDecision d = new PenaltyDecision(c.getDecisionNumber(), c.getAgency().getName(),
        c.getProcedure() == Procedure.SIMPLE ? PenaltyDecision.Procedure.SIMPLE : PenaltyDecision.Procedure.GENERAL,
        party, c.getViolation(), evidence, c.getLegalBasis(), c.getLegalBasis(), null, penalties,
        fines.signum() == 0 ? null : fines, null, 15, region + "人民政府", region + "人民法院", decided);
    return renderer.penaltyDecisionPdf(d, DecisionVariant.FULL);
  }

  /** 卷宗封面 and 卷内目录, page ranges from the files (a PDF's own page count, one page otherwise). */
  public byte[] coverAndCatalogPdf(long caseId) {
    EnforcementCase c = cases.readable(caseId);
    List<CaseFile.CatalogEntry> catalog = new ArrayList<>();
    int page = 1;
    for (CaseDocument d : c.getDocuments().stream().sorted(Views.DOCUMENT_ORDER).toList()) {
      int pages = Math.max(1, d.getFiles().stream().mapToInt(this::pageCount).sum());
      catalog.add(new CaseFile.CatalogEntry(d.getType() == DocumentType.DECISION ? c.getDecisionNumber() : null,
          c.getAgency().getShortName(), d.getTitle(), d.getCreatedAt().atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate(),
          page, page + pages - 1, null));
      page += pages;
    }
    String officers = String.join("、", c.getOfficers().stream().map(Officer::getName).toList());
    String outcome = c.getPenalties().stream().map(x -> x.getKind().label
        + (x.getAmount() == null ? "" : x.getAmount().toPlainString() + "元")).reduce((a, b) -> a + "；" + b).orElse("");
    CaseFile file = new CaseFile(c.getAgency().getName(), c.getCaseNumber(), c.getCaseNumber(), c.getTitle(),
        String.join("、", c.getParties().stream().map(Party::getName).toList()), outcome,
        c.getMilestones().get(MilestoneKind.FILED), c.getMilestones().get(MilestoneKind.CLOSED), officers, "长期", 1, 1,
        c.getSealedBy(), null, c.getSealedAt() == null ? null : c.getSealedAt().atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate(),
        catalog);
    return renderer.caseFileCoverAndCatalogPdf(file);
  }

  private int pageCount(StoredFile f) {
    if (!"application/pdf".equals(f.getMediaType())) return 1;
    try (PDDocument pdf = Loader.loadPDF(archive.store().pathOf(f.getSha256()).toFile())) {
      return Math.max(1, pdf.getNumberOfPages());
    } catch (IOException e) {
      return 1;
    }
  }
}
