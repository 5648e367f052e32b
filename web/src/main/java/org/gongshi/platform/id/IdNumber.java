package org.gongshi.platform.id;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import org.gongshi.platform.Clocks;

/**
 * A resident identity card number (居民身份证号, GB 11643-1999): 6-digit address code, birth date
 * yyyyMMdd, 3-digit sequence (odd for men), check character. Only 18-character numbers; a
 * lower-case x is accepted and stored upper-case.
 *
 * <p>{@link #toString()} masks the number, so it does not leak into logs; {@link #value()} gives it
 * in full.
 */
public final class IdNumber {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
  private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1800, 1, 1);

  /** Province-level codes (GB/T 2260), the first two digits of the address code. */
  static final Set<String> PROVINCES =
      Set.of(
          "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
          "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
          "65", "71", "81", "82");

  private final String value;

  private IdNumber(String value) {
    this.value = value;
  }

  /** Whether the text is a valid 18-character identity card number. */
  public static boolean isValid(String text) {
    return problem(text) == null;
  }

  /** The number, or an exception whose Chinese message says what is wrong. */
  public static IdNumber of(String text) {
    String problem = problem(text);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    return new IdNumber(text.toUpperCase());
  }

  /** A random valid number, for demo data and tests. */
  public static IdNumber generate(Random random) {
    String[] provinces = PROVINCES.stream().sorted().toArray(String[]::new);
    String address =
        provinces[random.nextInt(provinces.length)]
            + String.format("%02d%02d", 1 + random.nextInt(20), 1 + random.nextInt(30));
    LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 55));
    String body =
        address
            + String.format(
                "%04d%02d%02d%03d",
                birth.getYear(),
                birth.getMonthValue(),
                birth.getDayOfMonth(),
                random.nextInt(1000));
    return new IdNumber(body + checkChar(body));
  }

  /** The number in full, upper-case. */
  public String value() {
    return value;
  }

  /** The birth date the number encodes. */
  public LocalDate birthDate() {
    return parseBirth(value.substring(6, 14));
  }

  /** The number with birth date and sequence hidden: 110105********002X. */
  public String masked() {
    return value.substring(0, 6) + "********" + value.substring(14);
  }

  static char checkChar(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK[sum % 11];
  }

  private static String problem(String text) {
    if (text == null || text.isEmpty()) {
      return "身份证号为空";
    }
    if (text.length() != 18) {
      return "身份证号应为18位，实际为" + text.length() + "位";
    }
    for (int i = 0; i < 17; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return "身份证号第" + (i + 1) + "位“" + c + "”不是数字";
      }
    }
    char last = Character.toUpperCase(text.charAt(17));
    if ((last < '0' || last > '9') && last != 'X') {
      return "身份证号第18位“" + text.charAt(17) + "”应为数字或X";
    }
    if (PROVINCES.contains(text.substring(0, 2)) == false) {
      return "身份证号地址码“" + text.substring(0, 6) + "”不是有效的行政区划代码";
    }
    LocalDate birth = parseBirth(text.substring(6, 14));
    if (birth == null
        || birth.isBefore(EARLIEST_BIRTH)
        || birth.isAfter(LocalDate.now(Clocks.CHINA))) {
      return "身份证号出生日期“" + text.substring(6, 14) + "”无效";
    }
    char expected = checkChar(text);
    if (last != expected) {
      return "身份证号校验码错误：应为" + expected + "，实际为" + last;
    }
    return null;
  }

  private static LocalDate parseBirth(String yyyyMMdd) {
    try {
      return LocalDate.of(
          Integer.parseInt(yyyyMMdd.substring(0, 4)),
          Integer.parseInt(yyyyMMdd.substring(4, 6)),
          Integer.parseInt(yyyyMMdd.substring(6, 8)));
    } catch (DateTimeException e) {
      return null;
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IdNumber other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value);
  }

  @Override
  public String toString() {
    return masked();
  }
}
