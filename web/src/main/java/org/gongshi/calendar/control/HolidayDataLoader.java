package org.gongshi.calendar.control;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads one year's holiday arrangement in the holiday-cn JSON format ({@code {"year": 2026, "days":
 * [{"name": "春节", "date": "2026-02-15", "isOffDay": true}]}}) and validates it, so an administrator
 * can upload a year the bundle lacks.
 *
 * <p>Validation: the file is JSON with an integer {@code year} and a non-empty {@code days} array;
 * every day has a non-blank name, an ISO date and a boolean isOffDay; dates are unique; each date
 * lies in the year, or in the last {@value #DECEMBER_DAYS_BEFORE} days of the year before (the
 * notices name those when New Year's Day bridges a weekend, as 2019 and 2023 do). A working day on
 * Monday–Friday is accepted (2020 lists Monday 02-03, the end of the extended Spring Festival) and
 * means an ordinary weekday. All problems are reported together.
 */
public final class HolidayDataLoader {

  /** Years bundled under {@link #BUNDLE_FOLDER}. */
  public static final List<Integer> BUNDLED_YEARS =
      List.of(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);

  /** Class-path folder of the bundled holiday-cn files (MIT, see LICENSE there). */
  public static final String BUNDLE_FOLDER = "calendar/holiday-cn/";

  static final int DECEMBER_DAYS_BEFORE = 7;

  private static final int MAX_BYTES = 256 * 1024;

  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private HolidayDataLoader() {}

  /** Reads and validates one year's file; the stream is not closed. */
  public static HolidayYear load(InputStream json) {
    JsonNode root = parse(json);
    List<String> problems = new ArrayList<>();
    if (root == null || root.isObject() == false) {
      throw new InvalidHolidayDataException("文件内容应为 JSON 对象");
    }
    JsonNode yearNode = root.get("year");
    if (yearNode == null || yearNode.isInt() == false) {
      throw new InvalidHolidayDataException("缺少整数字段 year（年份）");
    }
    int year = yearNode.intValue();
    if (year < 1949 || year > 2100) {
      throw new InvalidHolidayDataException("年份 " + year + " 超出范围 1949–2100");
    }
    JsonNode daysNode = root.get("days");
    if (daysNode == null || daysNode.isArray() == false || daysNode.isEmpty()) {
      throw new InvalidHolidayDataException("缺少 days 数组或数组为空（" + year + "年）");
    }
    List<HolidayDay> days = new ArrayList<>();
    Set<LocalDate> seen = new HashSet<>();
    for (int i = 0; i < daysNode.size(); i++) {
      HolidayDay day = readDay(daysNode.get(i), i + 1, year, problems);
      if (day != null && seen.add(day.date()) == false) {
        problems.add("第" + (i + 1) + "条：日期 " + day.date() + " 重复");
      } else if (day != null) {
        days.add(day);
      }
    }
    if (problems.isEmpty() == false) {
      throw new InvalidHolidayDataException(problems);
    }
    days.sort(Comparator.comparing(HolidayDay::date));
    return new HolidayYear(year, days);
  }

  /** Loads one bundled year. */
  public static HolidayYear loadBundled(int year) {
    String resource = BUNDLE_FOLDER + year + ".json";
    try (InputStream in = HolidayDataLoader.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new CalendarNotLoadedException(year);
      }
      return load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("无法读取 " + resource, e);
    }
  }

  /** Loads every bundled year, 2019–2026. */
  public static List<HolidayYear> loadAllBundled() {
    return BUNDLED_YEARS.stream().map(HolidayDataLoader::loadBundled).toList();
  }

  private static JsonNode parse(InputStream json) {
    try {
      byte[] bytes = json.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw new InvalidHolidayDataException("文件超过 " + MAX_BYTES / 1024 + " KB");
      }
      if (bytes.length == 0) {
        throw new InvalidHolidayDataException("文件为空");
      }
      return MAPPER.readTree(bytes);
    } catch (JsonParseException e) {
      throw new InvalidHolidayDataException(
          "JSON 格式错误（第"
              + e.getLocation().getLineNr()
              + "行第"
              + e.getLocation().getColumnNr()
              + "列）："
              + e.getOriginalMessage());
    } catch (IOException e) {
      throw new InvalidHolidayDataException("无法读取文件（上传中断或文件损坏）");
    }
  }

  private static HolidayDay readDay(JsonNode node, int index, int year, List<String> problems) {
    String where = "第" + index + "条";
    if (node == null || node.isObject() == false) {
      problems.add(where + "：应为 JSON 对象");
      return null;
    }
    JsonNode name = node.get("name");
    JsonNode date = node.get("date");
    JsonNode offDay = node.get("isOffDay");
    int before = problems.size();
    if (name == null || name.isTextual() == false || name.textValue().isBlank()) {
      problems.add(where + "：缺少节日名称 name");
    }
    if (offDay == null || offDay.isBoolean() == false) {
      problems.add(where + "：isOffDay 应为 true 或 false");
    }
    LocalDate parsed = null;
    if (date == null || date.isTextual() == false) {
      problems.add(where + "：缺少日期 date");
    } else {
      try {
        parsed = LocalDate.parse(date.textValue());
      } catch (DateTimeParseException e) {
        problems.add(where + "：日期“" + date.textValue() + "”无效，应为 yyyy-MM-dd");
      }
    }
    if (parsed != null && belongsTo(parsed, year) == false) {
      problems.add(where + "：日期 " + parsed + " 不属于" + year + "年");
    }
    if (problems.size() > before) {
      return null;
    }
    return new HolidayDay(parsed, name.textValue().strip(), offDay.booleanValue());
  }

  private static boolean belongsTo(LocalDate date, int year) {
    if (date.getYear() == year) {
      return true;
    }
    MonthDay firstAllowed = MonthDay.of(12, 32 - DECEMBER_DAYS_BEFORE);
    return date.getYear() == year - 1 && MonthDay.from(date).isBefore(firstAllowed) == false;
  }

  static boolean isWeekend(LocalDate date) {
    DayOfWeek d = date.getDayOfWeek();
    return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
  }
}
