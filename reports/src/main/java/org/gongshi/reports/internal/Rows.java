package org.gongshi.reports.internal;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.gongshi.reports.model.CaseFile;
import org.gongshi.reports.model.CaseReviewSheet;

/** Row records the templates read, derived from the public model. */
public final class Rows {

  private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("yyyy.MM.dd");

  private Rows() {}

  /**
   * A label and its value (form-like documents).
   *
   * @param label label
   * @param value value, may be null
   */
  public record LabelValue(String label, String value) {}

  /**
   * A catalog row.
   *
   * @param seq 序号
   * @param documentNumber 文号
   * @param responsible 责任者
   * @param title 题名
   * @param date 日期
   * @param pages 页号
   * @param remarks 备注
   */
  public record CatalogRow(
      Integer seq,
      String documentNumber,
      String responsible,
      String title,
      String date,
      String pages,
      String remarks) {}

  /**
   * A score-sheet row.
   *
   * @param seq 序号
   * @param category 类别
   * @param criterion 评查内容
   * @param points 分值
   * @param deduction 扣分
   * @param score 得分
   * @param reason 扣分理由
   */
  public record ScoreRow(
      Integer seq,
      String category,
      String criterion,
      BigDecimal points,
      BigDecimal deduction,
      BigDecimal score,
      String reason) {}

  /**
   * @return catalog rows in the file's order, numbered from 1
   */
  public static List<CatalogRow> catalog(CaseFile file) {
    List<CatalogRow> rows = new ArrayList<>();
    int seq = 1;
    for (CaseFile.CatalogEntry e : file.catalog()) {
      rows.add(
          new CatalogRow(
              seq++,
              e.documentNumber(),
              e.responsible(),
              e.title(),
              e.date() == null ? null : DOTTED.format(e.date()),
              e.pageRange(),
              e.remarks()));
    }
    return rows;
  }

  /**
   * @return score rows in the standard's order
   */
  public static List<ScoreRow> scores(CaseReviewSheet sheet) {
    List<ScoreRow> rows = new ArrayList<>();
    int seq = 1;
    for (CaseReviewSheet.ScoreItem i : sheet.items()) {
      rows.add(
          new ScoreRow(
              seq++,
              i.category(),
              i.criterion(),
              i.points(),
              i.deduction().signum() == 0 ? null : i.deduction(),
              i.score(),
              i.reason()));
    }
    return rows;
  }
}
