package org.gongshi.review.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongshi.platform.DomainException;

/**
 * A review standard as data (DOMAIN.md §5): sections of scored items with their deduction rules,
 * veto items (一票否决) and the grade thresholds. Local, so an admin or legal office edits a copy; a
 * campaign keeps the version it started with.
 */
public record Standard(
    String name,
    BigDecimal excellentFrom,
    BigDecimal passFrom,
    List<Section> sections,
    List<Veto> vetoes) {

  private static final BigDecimal HUNDRED = new BigDecimal("100");

  /** A part of the standard, e.g. 案卷形式 (20) or 案卷内容 (80). */
  public record Section(String name, List<Item> items) {
    public BigDecimal points() {
      return items.stream().map(Item::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
  }

  /** A scored criterion; {@code rule} says how much is deducted per defect. */
  public record Item(String code, String criterion, BigDecimal points, String rule) {}

  /** A veto item: the file fails with 0 points. */
  public record Veto(String code, String label) {}

  /** The shipped default: 20 points for the form, 80 for the content, the vetoes of §5. */
  public static Standard defaults() {
    List<Section> sections = new ArrayList<>();
    for (String category : List.of("案卷形式", "案卷内容")) {
      sections.add(
          new Section(
              category,
              ReviewStandard.ITEMS.stream()
                  .filter(i -> i.category().equals(category))
                  .map(i -> new Item(i.code(), i.criterion(), i.points(), "每处缺陷扣 1 分，扣完为止"))
                  .toList()));
    }
    return new Standard(
        "默认评查标准（形式 20 分，内容 80 分）",
        ReviewStandard.EXCELLENT_FROM,
        ReviewStandard.PASS_FROM,
        sections,
        ReviewStandard.VETOES.stream().map(v -> new Veto(v.code(), v.label())).toList());
  }

  public BigDecimal maxTotal() {
    return sections.stream().map(Section::points).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public List<Item> items() {
    return sections.stream().flatMap(s -> s.items().stream()).toList();
  }

  public Optional<Item> item(String code) {
    return items().stream().filter(i -> i.code().equals(code)).findFirst();
  }

  public Optional<Veto> veto(String code) {
    return vetoes.stream().filter(v -> v.code().equals(code)).findFirst();
  }

  /** The section an item belongs to. */
  public String sectionOf(String code) {
    return sections.stream()
        .filter(s -> s.items().stream().anyMatch(i -> i.code().equals(code)))
        .map(Section::name)
        .findFirst()
        .orElse("");
  }

  /** Refuses a standard a reviewer could not score against, naming what is wrong. */
  public Standard validated() {
    if (name == null || name.isBlank() || name.length() > 100)
      throw DomainException.invalid("name", "标准名称须填写，最多 100 字");
    if (sections == null || sections.isEmpty())
      throw DomainException.invalid("sections", "评查标准至少要有一个部分");
    Set<String> codes = new HashSet<>();
    for (Section s : sections) {
      if (s.name() == null || s.name().isBlank())
        throw DomainException.invalid("sections", "每个部分须有名称");
      if (s.items() == null || s.items().isEmpty())
        throw DomainException.invalid("sections", "部分“" + s.name() + "”没有评查项目");
      for (Item i : s.items()) {
        if (i.code() == null || !i.code().matches("[A-Z][A-Z0-9_]{0,19}"))
          throw DomainException.invalid("items", "项目编码应为大写字母开头的 1–20 位字母或数字，实为“" + i.code() + "”");
        if (!codes.add(i.code()))
          throw DomainException.invalid("items", "项目编码 " + i.code() + " 重复");
        if (i.criterion() == null || i.criterion().isBlank() || i.criterion().length() > 400)
          throw DomainException.invalid("items", "项目 " + i.code() + " 的评查内容须填写，最多 400 字");
        if (i.points() == null || i.points().signum() <= 0 || i.points().scale() > 1)
          throw DomainException.invalid("items", "项目 " + i.code() + " 的分值应为大于 0 的数，最多一位小数");
      }
    }
    if (vetoes == null) throw DomainException.invalid("vetoes", "请列出否决项（可以为空列表）");
    for (Veto v : vetoes) {
      if (v.code() == null || !v.code().matches("[A-Z][A-Z0-9_]{0,39}") || !codes.add(v.code()))
        throw DomainException.invalid("vetoes", "否决项编码应为大写字母和下划线，且不与其他编码重复，实为“" + v.code() + "”");
      if (v.label() == null || v.label().isBlank())
        throw DomainException.invalid("vetoes", "否决项 " + v.code() + " 须有名称");
    }
    BigDecimal max = maxTotal();
    if (max.compareTo(HUNDRED) != 0)
      throw DomainException.invalid(
          "items",
          "各项分值合计应为 100 分，实为 "
              + max.stripTrailingZeros().toPlainString()
              + " 分（"
              + String.join(
                  "，",
                  sections.stream()
                      .map(
                          s ->
                              s.name()
                                  + " "
                                  + s.points().stripTrailingZeros().toPlainString()
                                  + " 分")
                      .toList())
              + "）");
    if (passFrom == null
        || excellentFrom == null
        || passFrom.signum() <= 0
        || passFrom.compareTo(excellentFrom) >= 0
        || excellentFrom.compareTo(max) > 0)
      throw DomainException.invalid(
          "passFrom", "等次线应满足 0 < 合格线 < 优秀线 ≤ 满分 " + max.stripTrailingZeros().toPlainString());
    return this;
  }
}
