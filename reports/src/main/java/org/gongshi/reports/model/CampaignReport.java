package org.gongshi.reports.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * 案卷评查情况报告: the results of one review campaign as staff see them. Holds no party names, no ID
 * numbers and no officer names; reviewers are named because the campaign's staff assigned them.
 *
 * @param campaign campaign name, e.g. 2026年第四季度行政处罚案卷评查
 * @param kind campaign kind in words, e.g. 季度评查
 * @param scope decision period and agencies in words
 * @param standard the standard version the campaign scores against
 * @param seed the recorded sampling seed
 * @param asOf date the figures were taken
 * @param files one row per drawn file, in draw order
 * @param agencies average per agency
 * @param best 十佳 (up to ten, best first)
 * @param worst 十差 (up to ten, worst first)
 * @param findings pre-check findings per check
 */
public record CampaignReport(
    String campaign,
    String kind,
    String scope,
    String standard,
    long seed,
    LocalDate asOf,
    List<FileRow> files,
    List<AgencyRow> agencies,
    List<RankRow> best,
    List<RankRow> worst,
    List<FindingRow> findings) {

  /** Copies the lists. */
  public CampaignReport {
    Objects.requireNonNull(campaign, "campaign");
    Objects.requireNonNull(asOf, "asOf");
    files = List.copyOf(files);
    agencies = List.copyOf(agencies);
    best = List.copyOf(best);
    worst = List.copyOf(worst);
    findings = List.copyOf(findings);
  }

  /**
   * One drawn file.
   *
   * @param caseNumber 案件编号
   * @param title 案由
   * @param agency 被评查机关
   * @param reviewer 评查员
   * @param tripped pre-check findings that found a problem
   * @param status score status in words (待评分, 草稿, 已提交…)
   * @param total total score, null until submitted
   * @param grade grade, null until submitted
   */
  public record FileRow(
      String caseNumber,
      String title,
      String agency,
      String reviewer,
      Integer tripped,
      String status,
      BigDecimal total,
      String grade) {}

  /**
   * One agency.
   *
   * @param agency agency
   * @param files files drawn
   * @param scored files with a submitted score
   * @param average average score of the scored files, null when none
   * @param excellent files graded 优秀
   * @param pass files graded 合格
   * @param fail files graded 不合格
   */
  public record AgencyRow(
      String agency,
      Integer files,
      Integer scored,
      BigDecimal average,
      Integer excellent,
      Integer pass,
      Integer fail) {}

  /**
   * One place in 十佳 or 十差.
   *
   * @param rank 1-based
   * @param caseNumber 案件编号
   * @param agency 被评查机关
   * @param total score
   * @param grade grade
   */
  public record RankRow(
      Integer rank, String caseNumber, String agency, BigDecimal total, String grade) {}

  /**
   * One pre-check across the campaign's files.
   *
   * @param check the check in words
   * @param tripped files where it found a problem
   * @param confirmed findings the reviewer confirmed
   * @param rejected findings the reviewer rejected with a reason
   * @param clear files where it found no problem
   * @param notRun files where it could not be answered (未检查)
   */
  public record FindingRow(
      String check,
      Integer tripped,
      Integer confirmed,
      Integer rejected,
      Integer clear,
      Integer notRun) {}
}
