package org.gongshi.catalog.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One version of a catalog item: what it said from a date on, and why it changed. A version without
 * data withdraws the item (事项取消) from its date.
 *
 * @param code the item code
 * @param number 1 for the first version, then 2, 3…
 * @param effectiveFrom the first day this version is in force
 * @param reason why the version was made (e.g. 《……》修订, 机构改革), required
 * @param data the item's content, or null when the item is withdrawn
 */
public record ItemVersion(
    String code, int number, LocalDate effectiveFrom, String reason, CatalogItemData data) {

  /** Field label of the effective date in messages. */
  public static final String EFFECTIVE_FROM = "生效日期";

  /** Field label of the reason in messages. */
  public static final String REASON = "变更原因";

  /** Validates. */
  public ItemVersion {
    code = Texts.clean(code);
    reason = Texts.clean(reason);
    List<FieldProblem> problems = new ArrayList<>();
    Texts.required(problems, ItemField.CODE.label(), code);
    Texts.required(problems, REASON, reason);
    Texts.maxLength(problems, REASON, reason, 1000);
    if (effectiveFrom == null) {
      problems.add(new FieldProblem(EFFECTIVE_FROM, "必填项“生效日期”为空"));
    }
    if (number < 1) {
      problems.add(new FieldProblem("版本号", "版本号须从 1 开始，实为 " + number));
    }
    if (data != null && data.code().equals(code) == false) {
      problems.add(
          new FieldProblem(
              ItemField.CODE.label(), "版本的事项编码 " + code + " 与内容中的 " + data.code() + " 不一致"));
    }
    Texts.throwIfAny(problems);
  }

  /** Whether this version withdraws the item. */
  public boolean withdrawn() {
    return data == null;
  }
}
