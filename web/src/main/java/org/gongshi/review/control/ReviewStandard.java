package org.gongshi.review.control;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The default review standard (DOMAIN.md §5: no national standard exists; this is the common
 * shape): 100 points, 20 for the form of the file and 80 for its content; deductions per defect,
 * never below zero; veto items (一票否决) fail the file with 0 points. Grades 优秀 from 90, 合格 from 60,
 * else 不合格 (DOMAIN.md's default thresholds; there is no 良好 level).
 */
public final class ReviewStandard {
  public static final BigDecimal EXCELLENT_FROM = new BigDecimal("90");
  public static final BigDecimal PASS_FROM = new BigDecimal("60");

  /** One scored criterion. */
  public record Item(String code, String category, String criterion, BigDecimal points) {}

  /** One veto item. */
  public record Veto(String code, String label) {}

  private static final String FORM = "案卷形式";
  private static final String CONTENT = "案卷内容";

  public static final List<Item> ITEMS =
      List.of(
          item("F1", FORM, "使用规范的执法文书格式，文书要素填写完整", 5),
          item("F2", FORM, "一案一卷，案卷材料齐全，无缺页", 3),
          item("F3", FORM, "卷宗封面、卷内目录、备考表齐全规范", 4),
          item("F4", FORM, "文书材料按卷内目录顺序排列", 4),
          item("F5", FORM, "页码编写规范（封面、目录、备考表不编页码）", 4),
          item("C1", CONTENT, "执法主体合法，执法人员具备执法资格且不少于两人", 8),
          item("C2", CONTENT, "违法事实清楚，当事人认定准确", 10),
          item("C3", CONTENT, "证据确凿充分，取证程序合法", 12),
          item("C4", CONTENT, "适用法律、法规、规章正确，定性准确", 10),
          item("C5", CONTENT, "程序合法：立案、调查、告知、听证、法制审核、集体讨论、决定、送达依法进行", 14),
          item("C6", CONTENT, "自由裁量适当，符合裁量基准", 10),
          item("C7", CONTENT, "涉嫌犯罪案件依法移送，未以罚代刑", 4),
          item("C8", CONTENT, "执行罚缴分离，罚没款按规定收缴", 4),
          item("C9", CONTENT, "法律文书齐全规范，送达回证完整", 8));

  public static final List<Veto> VETOES =
      List.of(
          new Veto("UNLAWFUL_BODY", "执法主体不合法"),
          new Veto("UNQUALIFIED_OFFICER", "执法人员不具备执法资格"),
          new Veto("FEWER_THAN_TWO_OFFICERS", "执法人员少于两人"),
          new Veto("CRIME_NOT_TRANSFERRED", "应当移送司法机关而未移送"),
          new Veto("INSUFFICIENT_EVIDENCE", "主要证据不足"),
          new Veto("UNCLEAR_FACTS", "违法事实不清"),
          new Veto("WRONG_CHARACTERISATION", "定性错误"),
          new Veto("WRONG_LAW", "适用法律错误"),
          new Veto("UNLAWFUL_PROCEDURE", "违反法定程序"),
          new Veto("WRONG_PARTY", "认定当事人错误"),
          new Veto("LIMITATION_EXPIRED", "超过行政处罚追责时效"));

  private ReviewStandard() {}

  public static Optional<Item> item(String code) {
    return ITEMS.stream().filter(i -> i.code().equals(code)).findFirst();
  }

  public static Optional<Veto> veto(String code) {
    return VETOES.stream().filter(v -> v.code().equals(code)).findFirst();
  }

  private static Item item(String code, String category, String criterion, int points) {
    return new Item(code, category, criterion, BigDecimal.valueOf(points));
  }
}
