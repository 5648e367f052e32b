package org.gongshi.reports.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An archived penalty case file (案卷): what its cover (卷宗封面) and catalog (卷内目录) show.
 *
 * @param agencyName 立卷单位
 * @param archiveNumber 档号, e.g. J043-2024-XZCF-0123
 * @param caseNumber 案号 / decision number
 * @param caseTitle 案卷题名, e.g. 金华市鑫源建材有限公司未经规划许可擅自搭建临时建筑案
 * @param partyName 当事人
 * @param outcome 处理结果
 * @param filedOn 立案日期
 * @param closedOn 结案日期
 * @param caseOfficers 承办人
 * @param retentionPeriod 保管期限, e.g. 永久, 30年
 * @param volume this volume, from 1
 * @param volumes number of volumes
 * @param compiledBy 立卷人
 * @param checkedBy 检查人
 * @param archivedOn 归档日期
 * @param catalog catalog entries in archive order, page ranges ascending
 */
public record CaseFile(
    String agencyName,
    String archiveNumber,
    String caseNumber,
    String caseTitle,
    String partyName,
    String outcome,
    LocalDate filedOn,
    LocalDate closedOn,
    String caseOfficers,
    String retentionPeriod,
    int volume,
    int volumes,
    String compiledBy,
    String checkedBy,
    LocalDate archivedOn,
    List<CatalogEntry> catalog) {

  /** Validates the catalog order: each range starts after the previous one ends. */
  public CaseFile {
    Objects.requireNonNull(agencyName, "agencyName");
    Objects.requireNonNull(caseTitle, "caseTitle");
    catalog = List.copyOf(catalog == null ? List.of() : catalog);
    int last = 0;
    for (CatalogEntry e : catalog) {
      if (e.firstPage() <= last) {
        throw new IllegalArgumentException(
            "catalog out of order at \""
                + e.title()
                + "\": page "
                + e.firstPage()
                + " after "
                + last);
      }
      last = e.lastPage();
    }
    if (volume < 1) {
      volume = 1;
    }
    if (volumes < volume) {
      volumes = volume;
    }
  }

  /**
   * @return number of numbered pages (the last page of the catalog)
   */
  public int pageCount() {
    return catalog.isEmpty() ? 0 : catalog.get(catalog.size() - 1).lastPage();
  }

  /**
   * One catalog row (卷内目录).
   *
   * @param documentNumber 文号, or null
   * @param responsible 责任者 (issuing body or person)
   * @param title 题名
   * @param date 日期
   * @param firstPage first page (1-based)
   * @param lastPage last page, at least firstPage
   * @param remarks 备注, or null
   */
  public record CatalogEntry(
      String documentNumber,
      String responsible,
      String title,
      LocalDate date,
      int firstPage,
      int lastPage,
      String remarks) {

    /** Validates the page range. */
    public CatalogEntry {
      Objects.requireNonNull(title, "title");
      if (firstPage < 1 || lastPage < firstPage) {
        throw new IllegalArgumentException(
            "bad page range " + firstPage + "-" + lastPage + " for " + title);
      }
    }

    /**
     * @return 5 or 6-9
     */
    public String pageRange() {
      return firstPage == lastPage ? String.valueOf(firstPage) : firstPage + "-" + lastPage;
    }
  }
}
