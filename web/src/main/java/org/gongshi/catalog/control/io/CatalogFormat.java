package org.gongshi.catalog.control.io;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.gongshi.catalog.control.CatalogItemData;
import org.gongshi.catalog.control.DiscretionLevel;
import org.gongshi.catalog.control.ExerciseMode;
import org.gongshi.catalog.control.FieldProblem;
import org.gongshi.catalog.control.FineRange;
import org.gongshi.catalog.control.InvalidCatalogDataException;
import org.gongshi.catalog.control.ItemField;
import org.gongshi.catalog.control.ItemKind;
import org.gongshi.catalog.control.LegalBasis;
import org.gongshi.catalog.control.LevelField;
import org.gongshi.catalog.control.SupervisionChannel;
import org.gongshi.platform.CsvCells;

/**
 * The column layout shared by the CSV and XLSX files: one row per item, a header row of Chinese
 * names, columns matched by name (order free).
 *
 * <p>The item columns are the labels of {@link ItemField}, all required in the header (cells may be
 * empty where the field is optional): 事项编码, 事项名称, 事项类型, 领域, 实施主体, 业务主管部门, 行使方式, 设定依据-法律, 设定依据-条款,
 * 设定依据-条文, 法定罚款下限（元）, 法定罚款上限（元）, 责任事项, 追责情形, 监督电话, 监督地址. Kind and mode take the Chinese labels of
 * {@link ItemKind} and {@link ExerciseMode}. Amounts are yuan with at most two decimals; "五千元以下" is
 * 0 and 5000.
 *
 * <p>Discretion levels follow in numbered groups, lightest first, {@code 裁量1-档次, 裁量1-适用情形,
 * 裁量1-罚款下限（元）, 裁量1-罚款上限（元）, 裁量1-其他处罚}, then 裁量2-… up to {@link CatalogItemData#MAX_LEVELS}. The
 * group number is the level's order and 档次 its name (轻微, 一般, 较重, 严重…), so names stay free and order
 * explicit. Groups are filled from 1 without gaps; a group with every cell empty is no level. Level
 * columns may be left out of the header.
 */
public final class CatalogFormat {

  private static final List<String> ITEM_HEADERS =
      Arrays.stream(ItemField.values()).map(ItemField::label).toList();

  private static final List<String> HEADERS = buildHeaders();

  private CatalogFormat() {}

  /** All column headers in the order files are written. */
  public static List<String> headers() {
    return HEADERS;
  }

  /** The headers a file must have. */
  public static List<String> requiredHeaders() {
    return ITEM_HEADERS;
  }

  /** The header as matched: no spaces, (元) and （元） dropped, so small typing variants match. */
  static String headerKey(String header) {
    return header.replace("\uFEFF", "").replaceAll("\\s", "").replace("（元）", "").replace("(元)", "");
  }

  /** The cells of the item, in {@link #headers()} order. */
  public static List<String> toRow(CatalogItemData item) {
    List<String> row = new ArrayList<>(HEADERS.size());
    row.add(item.code());
    row.add(item.name());
    row.add(item.kind().label());
    row.add(item.domain());
    row.add(item.enforcementUnit());
    row.add(item.supervisingDepartment());
    row.add(item.exerciseMode().label());
    row.add(item.legalBasis().law());
    row.add(item.legalBasis().article());
    row.add(item.legalBasis().text());
    addRange(row, item.statutoryRange());
    row.add(item.responsibilities());
    row.add(item.accountability());
    row.add(item.supervision().phone());
    row.add(item.supervision().address());
    for (int order = 1; order <= CatalogItemData.MAX_LEVELS; order++) {
      if (order <= item.levels().size()) {
        DiscretionLevel level = item.levels().get(order - 1);
        row.add(level.name());
        row.add(level.conditions());
        addRange(row, level.range());
        row.add(level.otherPenalty());
      } else {
        row.addAll(List.of("", "", "", "", ""));
      }
    }
    return row;
  }

  /** Whether the header (after {@link #headerKey}) belongs to the format. */
  static boolean isKnown(String key) {
    return KNOWN.contains(key);
  }

  private static final Set<String> KNOWN =
      new HashSet<>(HEADERS.stream().map(CatalogFormat::headerKey).toList());

  /**
   * Reads one row into an item, adding every problem to the list; null when there is any.
   *
   * @param cell the trimmed cell under a header label (as in {@link #headers()}); "" when absent
   */
  static CatalogItemData parse(int row, Function<String, String> cell, List<RowProblem> problems) {
    RowParser p = new RowParser(row, cell);
    CatalogItemData item = p.parse();
    problems.addAll(p.problems);
    return p.problems.isEmpty() ? item : null;
  }

  private static void addRange(List<String> row, FineRange range) {
    row.add(range == null ? "" : FineRange.yuan(range.min()));
    row.add(range == null ? "" : FineRange.yuan(range.max()));
  }

  private static List<String> buildHeaders() {
    List<String> h = new ArrayList<>(ITEM_HEADERS);
    for (int order = 1; order <= CatalogItemData.MAX_LEVELS; order++) {
      for (LevelField f : LevelField.values()) {
        h.add(f.label(order));
      }
    }
    return List.copyOf(h);
  }

  /** One row's parse: cell problems first, then the item's own rules on what parsed. */
  private static final class RowParser {
    private final int row;
    private final Function<String, String> cell;
    private final List<RowProblem> problems = new ArrayList<>();
    private final Set<String> badColumns = new HashSet<>();

    RowParser(int row, Function<String, String> cell) {
      this.row = row;
      this.cell = cell;
    }

    CatalogItemData parse() {
      String kindText = get(ItemField.KIND.label());
      ItemKind kind = ItemKind.fromLabel(kindText).orElse(null);
      if (kind == null && kindText.isEmpty() == false) {
        add(ItemField.KIND.label(), "“" + kindText + "”不是允许的事项类型，允许值：" + ItemKind.allowedLabels());
      }
      String modeText = get(ItemField.EXERCISE_MODE.label());
      ExerciseMode mode = ExerciseMode.fromLabel(modeText).orElse(null);
      if (mode == null && modeText.isEmpty() == false) {
        add(
            ItemField.EXERCISE_MODE.label(),
            "“" + modeText + "”不是允许的行使方式，允许值：" + ExerciseMode.allowedLabels());
      }
      LegalBasis basis = legalBasis();
      FineRange statutory = range(ItemField.FINE_MIN.label(), ItemField.FINE_MAX.label());
      SupervisionChannel channel = supervision();
      List<DiscretionLevel> levels = levels();
      try {
        return new CatalogItemData(
            get(ItemField.CODE.label()),
            get(ItemField.NAME.label()),
            kind,
            get(ItemField.DOMAIN.label()),
            get(ItemField.ENFORCEMENT_UNIT.label()),
            get(ItemField.SUPERVISING_DEPARTMENT.label()),
            mode,
            basis,
            statutory,
            get(ItemField.RESPONSIBILITIES.label()),
            get(ItemField.ACCOUNTABILITY.label()),
            channel,
            levels);
      } catch (InvalidCatalogDataException e) {
        // A field already reported at cell level would only repeat here as "empty".
        e.problems().stream()
            .filter(fp -> badColumns.contains(fp.field()) == false)
            .forEach(this::add);
        return null;
      }
    }

    private LegalBasis legalBasis() {
      String law = get(ItemField.BASIS_LAW.label());
      String article = get(ItemField.BASIS_ARTICLE.label());
      String text = get(ItemField.BASIS_TEXT.label());
      if (law.isEmpty() && article.isEmpty() && text.isEmpty()) {
        return null;
      }
      try {
        return new LegalBasis(law, article, text);
      } catch (InvalidCatalogDataException e) {
        e.problems().forEach(this::add);
        markBad(ItemField.BASIS_LAW.label());
        return null;
      }
    }

    private SupervisionChannel supervision() {
      String phone = get(ItemField.PHONE.label());
      String address = get(ItemField.ADDRESS.label());
      if (phone.isEmpty() && address.isEmpty()) {
        return null;
      }
      try {
        return new SupervisionChannel(phone, address);
      } catch (InvalidCatalogDataException e) {
        e.problems().forEach(this::add);
        markBad(ItemField.PHONE.label());
        return null;
      }
    }

    /** The contiguous levels from 1 that parsed; later ones are reported, not passed on. */
    private List<DiscretionLevel> levels() {
      List<DiscretionLevel> levels = new ArrayList<>();
      boolean intact = true;
      int firstEmpty = 0;
      for (int order = 1; order <= CatalogItemData.MAX_LEVELS; order++) {
        String nameColumn = LevelField.NAME.label(order);
        if (slotEmpty(order)) {
          firstEmpty = firstEmpty == 0 ? order : firstEmpty;
          continue;
        }
        if (firstEmpty != 0) {
          add(nameColumn, "裁量档次须从裁量1起连续填写，裁量" + firstEmpty + "为空");
          intact = false;
        }
        int before = problems.size();
        FineRange range = range(LevelField.FINE_MIN.label(order), LevelField.FINE_MAX.label(order));
        DiscretionLevel level = null;
        if (problems.size() == before) {
          try {
            level =
                new DiscretionLevel(
                    order,
                    get(nameColumn),
                    get(LevelField.CONDITIONS.label(order)),
                    range,
                    get(LevelField.OTHER_PENALTY.label(order)));
          } catch (InvalidCatalogDataException e) {
            e.problems().forEach(this::add);
          }
        }
        intact = intact && level != null;
        if (intact) {
          levels.add(level);
        }
      }
      return levels;
    }

    private boolean slotEmpty(int order) {
      for (LevelField f : LevelField.values()) {
        if (get(f.label(order)).isEmpty() == false) {
          return false;
        }
      }
      return true;
    }

    /** Both cells empty: null. One empty, not a number, or min > max: reported, null. */
    private FineRange range(String minColumn, String maxColumn) {
      String minText = get(minColumn);
      String maxText = get(maxColumn);
      if (minText.isEmpty() && maxText.isEmpty()) {
        return null;
      }
      BigDecimal min = amount(minColumn, minText, maxColumn);
      BigDecimal max = amount(maxColumn, maxText, minColumn);
      if (min == null || max == null) {
        return null;
      }
      try {
        return new FineRange(min, max);
      } catch (InvalidCatalogDataException e) {
        e.problems().forEach(fp -> add(maxColumn, fp.message()));
        return null;
      }
    }

    private BigDecimal amount(String column, String text, String otherColumn) {
      if (text.isEmpty()) {
        add(column, "“" + column + "”为空：罚款幅度须同时填写下限和上限（“五千元以下”填 0 和 5000）");
        markBad(otherColumn);
        return null;
      }
      BigDecimal value;
      try {
        value = new BigDecimal(text.replace(",", "").replace("，", ""));
      } catch (NumberFormatException e) {
        add(column, "“" + text + "”不是金额，应填以元为单位的数字，如 5000 或 5000.50");
        return null;
      }
      String problem = FineRange.amountProblem(value);
      if (problem != null) {
        add(column, "金额 " + text + " " + problem);
        return null;
      }
      return value;
    }

    private String get(String label) {
      String v = cell.apply(label);
      return v == null ? "" : v.strip();
    }

    private void add(FieldProblem problem) {
      add(problem.field(), problem.message());
    }

    private void add(String column, String message) {
      problems.add(new RowProblem(row, column, message));
      markBad(column);
    }

    private void markBad(String column) {
      badColumns.add(column);
    }
  }

  /**
   * Guards a CSV cell against spreadsheet formula injection (after NFKC folding, so ＝ counts as =);
   * {@link #unescapeCsv} removes the guard again on import, so the round trip is exact.
   */
  static String escapeCsv(String value) {
    return CsvCells.guard(value);
  }

  /** Reverses {@link #escapeCsv}. */
  static String unescapeCsv(String value) {
    return CsvCells.unguard(value);
  }
}
