package org.gongshi.reports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JasperPrint;
import org.gongshi.reports.internal.ChineseFormat;
import org.gongshi.reports.internal.DecisionText;
import org.gongshi.reports.internal.FilingText;
import org.gongshi.reports.internal.Grouping;
import org.gongshi.reports.internal.JasperEngine;
import org.gongshi.reports.internal.RecordDataSource;
import org.gongshi.reports.internal.Rows;
import org.gongshi.reports.model.AnnualStatistics;
import org.gongshi.reports.model.CampaignReport;
import org.gongshi.reports.model.CaseFile;
import org.gongshi.reports.model.CaseReviewSheet;
import org.gongshi.reports.model.DisclosureTimeliness;
import org.gongshi.reports.model.FilingSummary;
import org.gongshi.reports.model.MajorDecisionFiling;
import org.gongshi.reports.model.PenaltyDecision;
import org.gongshi.reports.model.PowerListSummary;

/**
 * Renders Gongshi's documents and reports. Thread-safe; create one and share it (templates are
 * loaded once and cached). Archival documents are PDF/A-1b; every PDF embeds its font subset.
 */
public final class ReportRenderer {

  private static final String TIMELINESS_TITLE = "行政处罚决定公示及时性统计表";

  private final JasperEngine engine;

  /** Creates a renderer on the default JasperReports context. */
  public ReportRenderer() {
    this.engine = new JasperEngine();
  }

  /**
   * 行政处罚决定书 as PDF/A-1b (当场行政处罚决定书 for the simple procedure).
   *
   * @param decision the decision; for {@link DecisionVariant#PUBLIC} its texts must already be
   *     redacted
   * @param variant full or public (公示版) copy
   * @return PDF bytes
   */
  public byte[] penaltyDecisionPdf(PenaltyDecision decision, DecisionVariant variant) {
    Map<String, Object> p = new HashMap<>();
    p.put("AGENCY", decision.agencyName());
    String title =
        decision.procedure() == PenaltyDecision.Procedure.SIMPLE ? "当场行政处罚决定书" : "行政处罚决定书";
    p.put("TITLE", title);
    p.put("NUMBER", decision.decisionNumber());
    p.put("VARIANT_MARK", variant == DecisionVariant.PUBLIC ? "公示版" : null);
    JasperPrint print =
        engine.fill(
            "official-document", p, new RecordDataSource(DecisionText.paragraphs(decision)), false);
    return engine.pdf(
        List.of(print),
        title
            + " "
            + decision.decisionNumber()
            + (variant == DecisionVariant.PUBLIC ? "（公示版）" : ""),
        decision.agencyName(),
        true);
  }

  /**
   * 卷宗封面 as PDF/A-1b.
   *
   * @param file the case file
   * @return PDF bytes
   */
  public byte[] caseFileCoverPdf(CaseFile file) {
    return engine.pdf(List.of(cover(file)), "卷宗封面 " + file.caseTitle(), file.agencyName(), true);
  }

  /**
   * 卷内目录 as PDF/A-1b, rows in the file's order.
   *
   * @param file the case file
   * @return PDF bytes
   */
  public byte[] caseFileCatalogPdf(CaseFile file) {
    return engine.pdf(List.of(catalog(file)), "卷内目录 " + file.caseTitle(), file.agencyName(), true);
  }

  /**
   * Cover followed by catalog in one PDF/A-1b (the head of the archived file).
   *
   * @param file the case file
   * @return PDF bytes
   */
  public byte[] caseFileCoverAndCatalogPdf(CaseFile file) {
    return engine.pdf(
        List.of(cover(file), catalog(file)),
        "卷宗封面及卷内目录 " + file.caseTitle(),
        file.agencyName(),
        true);
  }

  private JasperPrint cover(CaseFile f) {
    Map<String, Object> p = new HashMap<>();
    p.put("AGENCY", f.agencyName());
    p.put("ARCHIVE_NUMBER", f.archiveNumber());
    List<Rows.LabelValue> rows =
        List.of(
            new Rows.LabelValue("案卷题名", f.caseTitle()),
            new Rows.LabelValue("案　　号", f.caseNumber()),
            new Rows.LabelValue("当 事 人", f.partyName()),
            new Rows.LabelValue("处理结果", f.outcome()),
            new Rows.LabelValue("立案日期", ChineseFormat.date(f.filedOn())),
            new Rows.LabelValue("结案日期", ChineseFormat.date(f.closedOn())),
            new Rows.LabelValue("承 办 人", f.caseOfficers()),
            new Rows.LabelValue("本卷页数", "本卷共 " + f.pageCount() + " 页"),
            new Rows.LabelValue("卷　　次", "共 " + f.volumes() + " 卷　第 " + f.volume() + " 卷"),
            new Rows.LabelValue("保管期限", f.retentionPeriod()),
            new Rows.LabelValue("立 卷 人", f.compiledBy()),
            new Rows.LabelValue("检 查 人", f.checkedBy()),
            new Rows.LabelValue("归档日期", ChineseFormat.date(f.archivedOn())));
    return engine.fill("case-file-cover", p, new RecordDataSource(rows), false);
  }

  private JasperPrint catalog(CaseFile f) {
    Map<String, Object> p = new HashMap<>();
    p.put("ARCHIVE_NUMBER", f.archiveNumber());
    p.put("CASE_TITLE", f.caseTitle());
    return engine.fill("case-file-catalog", p, new RecordDataSource(Rows.catalog(f)), false);
  }

  /**
   * 重大行政处罚决定备案报告 as PDF/A-1b.
   *
   * @param filing the filing
   * @return PDF bytes
   */
  public byte[] majorDecisionFilingPdf(MajorDecisionFiling filing) {
    Map<String, Object> p = new HashMap<>();
    p.put("AGENCY", filing.agencyName());
    p.put("TITLE", "重大行政处罚决定备案报告");
    p.put("NUMBER", filing.reportNumber());
    JasperPrint print =
        engine.fill(
            "official-document", p, new RecordDataSource(FilingText.paragraphs(filing)), false);
    return engine.pdf(
        List.of(print), "重大行政处罚决定备案报告 " + filing.decisionNumber(), filing.agencyName(), true);
  }

  /**
   * 案卷评查评分表 as PDF (not archival).
   *
   * @param sheet the scored sheet
   * @return PDF bytes
   */
  public byte[] caseReviewSheetPdf(CaseReviewSheet sheet) {
    Map<String, Object> p = new HashMap<>();
    p.put("CAMPAIGN", sheet.campaign());
    p.put("AGENCY", sheet.agencyName());
    p.put("CASE_NUMBER", sheet.caseNumber());
    p.put("CASE_TITLE", sheet.caseTitle());
    p.put("VETOES", sheet.vetoes().isEmpty() ? "无" : String.join("；", sheet.vetoes()));
    p.put("MAX_TOTAL", sheet.maxTotal());
    p.put("TOTAL", sheet.total());
    p.put("GRADE", sheet.grade());
    p.put("REVIEWER", sheet.reviewer());
    p.put("REVIEWED_ON", ChineseFormat.date(sheet.reviewedOn()));
    JasperPrint print =
        engine.fill("case-review-sheet", p, new RecordDataSource(Rows.scores(sheet)), false);
    return engine.pdf(List.of(print), "案卷评查评分表 " + sheet.caseNumber(), sheet.agencyName(), false);
  }

  /**
   * Disclosure timeliness per agency and month as PDF.
   *
   * @param report the figures
   * @return PDF bytes
   */
  public byte[] disclosureTimelinessPdf(DisclosureTimeliness report) {
    return engine.pdf(List.of(timeliness(report, false)), TIMELINESS_TITLE, report.scope(), false);
  }

  /**
   * Disclosure timeliness per agency and month as XLSX (one sheet).
   *
   * @param report the figures
   * @return XLSX bytes
   */
  public byte[] disclosureTimelinessXlsx(DisclosureTimeliness report) {
    return engine.xlsx(timeliness(report, true), "公示及时性");
  }

  private JasperPrint timeliness(DisclosureTimeliness r, boolean sheet) {
    Map<String, Object> p = new HashMap<>();
    p.put("TITLE", TIMELINESS_TITLE);
    p.put("SUBTITLE", r.scope() + "　统计截至" + ChineseFormat.date(r.asOf()) + "　公示时限：决定之日起7个工作日");
    p.put("OVERALL_MEDIAN", r.overallMedianWorkingDays());
    List<DisclosureTimeliness.Row> rows =
        Grouping.byFirstAppearance(r.rows(), DisclosureTimeliness.Row::agency);
    return engine.fill("disclosure-timeliness", p, new RecordDataSource(rows), sheet);
  }

  /**
   * Annual enforcement statistics by agency and domain as PDF (landscape).
   *
   * @param stats the figures
   * @return PDF bytes
   */
  public byte[] annualStatisticsPdf(AnnualStatistics stats) {
    return engine.pdf(
        List.of(statistics(stats, false)), stats.year() + "年度行政执法数据统计表", stats.scope(), false);
  }

  /**
   * Annual enforcement statistics by agency and domain as XLSX (one sheet).
   *
   * @param stats the figures
   * @return XLSX bytes
   */
  public byte[] annualStatisticsXlsx(AnnualStatistics stats) {
    return engine.xlsx(statistics(stats, true), stats.year() + "年度");
  }

  private JasperPrint statistics(AnnualStatistics s, boolean sheet) {
    Map<String, Object> p = new HashMap<>();
    p.put("TITLE", s.scope() + s.year() + "年度行政执法数据统计表");
    p.put("SUBTITLE", "统计期间：" + s.year() + "年1月1日至" + s.year() + "年12月31日　金额单位：元");
    List<AnnualStatistics.Row> rows =
        Grouping.byFirstAppearance(s.rows(), AnnualStatistics.Row::agency);
    return engine.fill("annual-statistics", p, new RecordDataSource(rows), sheet);
  }

  /**
   * Power-list classification table as PDF.
   *
   * @param list the list summary
   * @return PDF bytes
   */
  public byte[] powerListPdf(PowerListSummary list) {
    return engine.pdf(List.of(powerList(list, false)), "权责清单分类汇总表", list.scope(), false);
  }

  /**
   * Power-list classification table as XLSX (one sheet).
   *
   * @param list the list summary
   * @return XLSX bytes
   */
  public byte[] powerListXlsx(PowerListSummary list) {
    return engine.xlsx(powerList(list, true), "权责清单");
  }

  private JasperPrint powerList(PowerListSummary l, boolean sheet) {
    Map<String, Object> p = new HashMap<>();
    p.put("TITLE", "权责清单分类汇总表");
    p.put(
        "SUBTITLE", l.scope() + (l.asOf() == null ? "" : "　版本日期：" + ChineseFormat.date(l.asOf())));
    List<PowerListSummary.Row> rows =
        Grouping.byFirstAppearance(l.rows(), PowerListSummary.Row::unit);
    return engine.fill("power-list", p, new RecordDataSource(rows), sheet);
  }

  /**
   * Filing of major decisions per agency (重大行政处罚决定备案情况汇总表) as PDF.
   *
   * @param summary the figures
   * @return PDF bytes
   */
  public byte[] filingSummaryPdf(FilingSummary summary) {
    return engine.pdf(
        List.of(filingSummary(summary, false)), FILING_SUMMARY_TITLE, summary.scope(), false);
  }

  /**
   * Filing of major decisions per agency as XLSX (one sheet).
   *
   * @param summary the figures
   * @return XLSX bytes
   */
  public byte[] filingSummaryXlsx(FilingSummary summary) {
    return engine.xlsx(filingSummary(summary, true), "备案情况");
  }

  private static final String FILING_SUMMARY_TITLE = "重大行政处罚决定备案情况汇总表";

  private JasperPrint filingSummary(FilingSummary s, boolean sheet) {
    Map<String, Object> p = new HashMap<>();
    p.put("TITLE", s.scope() + FILING_SUMMARY_TITLE);
    p.put(
        "SUBTITLE",
        "决定期间："
            + s.period()
            + "　统计截至"
            + ChineseFormat.date(s.asOf())
            + "　迟报：超期备案；漏报：逾期未备案、案件未结；不报：逾期未备案、案件已结案");
    return engine.fill("filing-summary", p, new RecordDataSource(s.rows()), sheet);
  }

  /**
   * 案卷评查情况报告 as PDF: the files with score and grade, the average per agency, 十佳十差 and the pre-check
   * findings, each table on its own pages.
   *
   * @param report the campaign's figures
   * @return PDF bytes
   */
  public byte[] campaignReportPdf(CampaignReport report) {
    return engine.pdf(
        campaignReport(report, false), report.campaign() + " 评查情况报告", report.scope(), false);
  }

  /**
   * The same report as XLSX, one sheet per table (案卷得分, 各机关平均分, 十佳案卷, 十差案卷, 预检问题).
   *
   * @param report the campaign's figures
   * @return XLSX bytes
   */
  public byte[] campaignReportXlsx(CampaignReport report) {
    return engine.xlsx(
        campaignReport(report, true), List.of("案卷得分", "各机关平均分", "十佳案卷", "十差案卷", "预检问题"));
  }

  private List<JasperPrint> campaignReport(CampaignReport r, boolean sheet) {
    String about =
        r.kind()
            + "　"
            + r.scope()
            + "　评查标准："
            + r.standard()
            + "　随机种子："
            + r.seed()
            + "　统计截至"
            + ChineseFormat.date(r.asOf());
    return List.of(
        campaignTable(
            "campaign-files", r.campaign() + "案卷评查情况报告", about, "本次评查未抽取案卷。", r.files(), sheet),
        campaignTable(
            "campaign-agencies",
            "各机关平均分",
            r.campaign() + "　平均分只计已提交的评分表",
            "没有被评查机关。",
            r.agencies(),
            sheet),
        campaignTable("campaign-ranking", "十佳案卷", r.campaign(), "尚无已提交的评分表。", r.best(), sheet),
        campaignTable("campaign-ranking", "十差案卷", r.campaign(), "尚无已提交的评分表。", r.worst(), sheet),
        campaignTable(
            "campaign-findings",
            "自动预检发现的问题",
            r.campaign() + "　按案卷计",
            "本次评查没有预检结果。",
            r.findings(),
            sheet));
  }

  private JasperPrint campaignTable(
      String template, String title, String subtitle, String empty, List<?> rows, boolean sheet) {
    Map<String, Object> p = new HashMap<>();
    p.put("TITLE", title);
    p.put("SUBTITLE", subtitle);
    p.put("EMPTY", empty);
    return engine.fill(template, p, new RecordDataSource(rows), sheet);
  }
}
