package org.gongshi.catalog.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The content of one item of the power and responsibility list (权责清单事项) as one version states it.
 * Always valid: the constructor checks every rule and throws an {@link InvalidCatalogDataException}
 * listing all problems, each naming its field by the Chinese label of {@link ItemField} or {@link
 * LevelField}. Texts are trimmed and their line ends made \n.
 *
 * <p>Rules: code, name, kind, domain, enforcement unit, exercise mode, legal basis,
 * responsibilities, accountability and the supervision phone are required; the supervising
 * department is required when the item is exercised jointly; a statutory fine range and discretion
 * levels belong to penalty items only; levels are numbered 1..n without gaps, have distinct names,
 * lie within the statutory range, and get no lighter as they go up.
 *
 * @param code the item code (事项编码), letters, digits, . _ -
 * @param name e.g. 对未取得建设工程规划许可证进行建设的行政处罚
 * @param kind the kind
 * @param domain the enforcement domain (领域), e.g. 住房城乡建设
 * @param enforcementUnit the body that exercises the item (实施主体)
 * @param supervisingDepartment the line department (业务主管部门); "" when none
 * @param exerciseMode direct or joint
 * @param legalBasis the provision that sets the item
 * @param statutoryRange the fine the basis allows, or null (no fine, or one counted in multiples)
 * @param responsibilities 责任事项
 * @param accountability 追责情形
 * @param supervision the supervision channel
 * @param levels the discretion levels, lightest first; empty when none
 */
public record CatalogItemData(
    String code,
    String name,
    ItemKind kind,
    String domain,
    String enforcementUnit,
    String supervisingDepartment,
    ExerciseMode exerciseMode,
    LegalBasis legalBasis,
    FineRange statutoryRange,
    String responsibilities,
    String accountability,
    SupervisionChannel supervision,
    List<DiscretionLevel> levels) {

  /** The most discretion levels an item may have (the file format has as many column groups). */
  public static final int MAX_LEVELS = 5;

  private static final Pattern CODE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._-]{0,63}");

  /** Normalises and validates; throws with every problem found. */
  public CatalogItemData {
    code = Texts.clean(code);
    name = Texts.clean(name);
    domain = Texts.clean(domain);
    enforcementUnit = Texts.clean(enforcementUnit);
    supervisingDepartment = Texts.clean(supervisingDepartment);
    responsibilities = Texts.clean(responsibilities);
    accountability = Texts.clean(accountability);
    levels = levels == null ? List.of() : List.copyOf(levels);
    List<FieldProblem> problems = new ArrayList<>();
    checkTexts(problems, code, name, domain, enforcementUnit, supervisingDepartment);
    checkTexts2(problems, responsibilities, accountability);
    if (kind == null) {
      problems.add(problem(ItemField.KIND, "必填项“事项类型”为空，允许值：" + ItemKind.allowedLabels()));
    }
    if (exerciseMode == null) {
      problems.add(
          problem(ItemField.EXERCISE_MODE, "必填项“行使方式”为空，允许值：" + ExerciseMode.allowedLabels()));
    } else if (exerciseMode == ExerciseMode.JOINT && supervisingDepartment.isEmpty()) {
      problems.add(problem(ItemField.SUPERVISING_DEPARTMENT, "与业务主管部门联合行使的事项须填写“业务主管部门”"));
    }
    if (legalBasis == null) {
      problems.add(problem(ItemField.BASIS_LAW, "缺少设定依据：须填写“设定依据-法律”和“设定依据-条款”"));
    }
    if (supervision == null) {
      problems.add(problem(ItemField.PHONE, "必填项“监督电话”为空"));
    }
    if (kind != null && kind != ItemKind.PENALTY) {
      if (statutoryRange != null) {
        problems.add(problem(ItemField.FINE_MIN, "只有行政处罚事项可填写法定罚款幅度，本事项为" + kind.label()));
      }
      if (levels.isEmpty() == false) {
        problems.add(
            new FieldProblem(LevelField.NAME.label(1), "只有行政处罚事项可设裁量基准，本事项为" + kind.label()));
      }
    }
    checkLevels(problems, statutoryRange, levels);
    Texts.throwIfAny(problems);
  }

  /** Whether this is a penalty item (行政处罚). */
  public boolean isPenalty() {
    return kind == ItemKind.PENALTY;
  }

  /** The level with this name, if any. */
  public Optional<DiscretionLevel> level(String levelName) {
    String n = Texts.clean(levelName);
    return levels.stream().filter(l -> l.name().equals(n)).findFirst();
  }

  /** The labels of the fields that differ from the other data, for a version's history view. */
  public List<String> changedFields(CatalogItemData other) {
    List<String> changed = new ArrayList<>();
    diff(changed, ItemField.CODE, code, other.code);
    diff(changed, ItemField.NAME, name, other.name);
    diff(changed, ItemField.KIND, kind, other.kind);
    diff(changed, ItemField.DOMAIN, domain, other.domain);
    diff(changed, ItemField.ENFORCEMENT_UNIT, enforcementUnit, other.enforcementUnit);
    diff(
        changed,
        ItemField.SUPERVISING_DEPARTMENT,
        supervisingDepartment,
        other.supervisingDepartment);
    diff(changed, ItemField.EXERCISE_MODE, exerciseMode, other.exerciseMode);
    diff(changed, ItemField.BASIS_LAW, legalBasis.law(), other.legalBasis.law());
    diff(changed, ItemField.BASIS_ARTICLE, legalBasis.article(), other.legalBasis.article());
    diff(changed, ItemField.BASIS_TEXT, legalBasis.text(), other.legalBasis.text());
    diff(changed, ItemField.FINE_MIN, statutoryRange, other.statutoryRange);
    diff(changed, ItemField.RESPONSIBILITIES, responsibilities, other.responsibilities);
    diff(changed, ItemField.ACCOUNTABILITY, accountability, other.accountability);
    diff(changed, ItemField.PHONE, supervision.phone(), other.supervision.phone());
    diff(changed, ItemField.ADDRESS, supervision.address(), other.supervision.address());
    if (levels.equals(other.levels) == false) {
      changed.add("裁量基准");
    }
    return changed;
  }

  private static void diff(List<String> changed, ItemField field, Object a, Object b) {
    if (Objects.equals(a, b) == false) {
      changed.add(field == ItemField.FINE_MIN ? "法定罚款幅度" : field.label());
    }
  }

  private static void checkTexts(
      List<FieldProblem> problems,
      String code,
      String name,
      String domain,
      String unit,
      String department) {
    String codeField = ItemField.CODE.label();
    Texts.required(problems, codeField, code);
    if (code.isEmpty() == false && CODE.matcher(code).matches() == false) {
      problems.add(new FieldProblem(codeField, "“事项编码”只能含字母、数字及 . _ -，以字母或数字开头，最多 64 位：" + code));
    }
    Texts.required(problems, ItemField.NAME.label(), name);
    Texts.maxLength(problems, ItemField.NAME.label(), name, 200);
    Texts.required(problems, ItemField.DOMAIN.label(), domain);
    Texts.maxLength(problems, ItemField.DOMAIN.label(), domain, 50);
    Texts.required(problems, ItemField.ENFORCEMENT_UNIT.label(), unit);
    Texts.maxLength(problems, ItemField.ENFORCEMENT_UNIT.label(), unit, 100);
    Texts.maxLength(problems, ItemField.SUPERVISING_DEPARTMENT.label(), department, 100);
  }

  private static void checkTexts2(
      List<FieldProblem> problems, String responsibilities, String accountability) {
    Texts.required(problems, ItemField.RESPONSIBILITIES.label(), responsibilities);
    Texts.maxLength(problems, ItemField.RESPONSIBILITIES.label(), responsibilities, 20_000);
    Texts.required(problems, ItemField.ACCOUNTABILITY.label(), accountability);
    Texts.maxLength(problems, ItemField.ACCOUNTABILITY.label(), accountability, 20_000);
  }

  private static void checkLevels(
      List<FieldProblem> problems, FineRange statutory, List<DiscretionLevel> levels) {
    if (levels.size() > MAX_LEVELS) {
      problems.add(
          new FieldProblem(
              LevelField.NAME.label(1), "裁量档次最多 " + MAX_LEVELS + " 个，实有 " + levels.size() + " 个"));
    }
    Set<String> names = new HashSet<>();
    DiscretionLevel previous = null;
    for (int i = 0; i < levels.size(); i++) {
      DiscretionLevel level = levels.get(i);
      int order = level.order();
      if (order != i + 1) {
        problems.add(
            new FieldProblem(
                LevelField.NAME.label(order), "裁量档次须从 1 起连续编号，第 " + (i + 1) + " 个档次的序号为 " + order));
      }
      if (names.add(level.name()) == false) {
        problems.add(
            new FieldProblem(LevelField.NAME.label(order), "裁量档次“" + level.name() + "”重复"));
      }
      checkLevelRange(problems, statutory, previous, level);
      previous = level;
    }
  }

  private static void checkLevelRange(
      List<FieldProblem> problems,
      FineRange statutory,
      DiscretionLevel previous,
      DiscretionLevel level) {
    FineRange range = level.range();
    if (range == null) {
      return;
    }
    String minField = LevelField.FINE_MIN.label(level.order());
    String maxField = LevelField.FINE_MAX.label(level.order());
    if (statutory != null && range.min().compareTo(statutory.min()) < 0) {
      problems.add(
          new FieldProblem(
              minField,
              "“" + level.name() + "”罚款下限低于法定下限 " + FineRange.yuan(statutory.min()) + " 元"));
    }
    if (statutory != null && range.max().compareTo(statutory.max()) > 0) {
      problems.add(
          new FieldProblem(
              maxField,
              "“" + level.name() + "”罚款上限超出法定上限 " + FineRange.yuan(statutory.max()) + " 元"));
    }
    FineRange before = previous == null ? null : previous.range();
    if (before != null && range.min().compareTo(before.min()) < 0) {
      problems.add(
          new FieldProblem(
              minField,
              "裁量档次须由轻到重：“"
                  + level.name()
                  + "”罚款下限 "
                  + FineRange.yuan(range.min())
                  + " 元低于前一档“"
                  + previous.name()
                  + "”的下限 "
                  + FineRange.yuan(before.min())
                  + " 元"));
    }
    if (before != null && range.max().compareTo(before.max()) < 0) {
      problems.add(
          new FieldProblem(
              maxField,
              "裁量档次须由轻到重：“"
                  + level.name()
                  + "”罚款上限 "
                  + FineRange.yuan(range.max())
                  + " 元低于前一档“"
                  + previous.name()
                  + "”的上限 "
                  + FineRange.yuan(before.max())
                  + " 元"));
    }
  }

  private static FieldProblem problem(ItemField field, String message) {
    return new FieldProblem(field.label(), message);
  }
}
