package org.gongshi.platform.id;

import java.util.Random;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): registration authority (1), organisation
 * type (1), administrative division (6 digits), organisation code (9), check character, from the
 * alphabet {@value #ALPHABET} (no I, O, S, V, Z). Upper-case only, as the standard writes it.
 * Public data: {@link #toString()} gives the full code.
 */
public record Uscc(String value) {

  /** The 31 characters of the code, in value order. */
  public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private static final int[] WEIGHTS = new int[17];

  static {
    int w = 1;
    for (int i = 0; i < 17; i++) {
      WEIGHTS[i] = w;
      w = w * 3 % 31;
    }
  }

  /** Validates; use {@link #of(String)} for a clear exception. */
  public Uscc {
    String problem = problem(value);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
  }

  /** Whether the text is a valid code. */
  public static boolean isValid(String text) {
    return problem(text) == null;
  }

  /** The code, or an exception whose Chinese message says what is wrong. */
  public static Uscc of(String text) {
    return new Uscc(text);
  }

  /**
   * A random valid code for demo data: 9 (market regulation) + 1 (enterprise) + a division + an
   * organisation code with its own GB 11714 check digit.
   */
  public static Uscc generate(Random random) {
    String division =
        String.format(
            "%02d%02d%02d", 11 + random.nextInt(55), random.nextInt(20), random.nextInt(30));
    StringBuilder org = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      org.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    org.append(orgCodeCheck(org));
    String body = "91" + division + org;
    return new Uscc(body + checkChar(body));
  }

  /** The check character for the first 17 characters. */
  public static char checkChar(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
    }
    return ALPHABET.charAt((31 - sum % 31) % 31);
  }

  // GB 11714 check of the 9-character organisation code
  private static char orgCodeCheck(CharSequence first8) {
    int[] weights = {3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      char c = first8.charAt(i);
      int v = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
      sum += v * weights[i];
    }
    int check = 11 - sum % 11;
    return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
  }

  private static String problem(String text) {
    if (text == null || text.isEmpty()) {
      return "统一社会信用代码为空";
    }
    if (text.length() != 18) {
      return "统一社会信用代码应为18位，实际为" + text.length() + "位";
    }
    for (int i = 0; i < 18; i++) {
      char c = text.charAt(i);
      if (ALPHABET.indexOf(c) < 0) {
        return "统一社会信用代码第" + (i + 1) + "位“" + c + "”不是允许的字符（数字或除I、O、S、V、Z外的大写字母）";
      }
    }
    for (int i = 2; i < 8; i++) {
      if (Character.isDigit(text.charAt(i)) == false) {
        return "统一社会信用代码第3–8位应为行政区划代码（数字）";
      }
    }
    char expected = checkChar(text);
    if (text.charAt(17) != expected) {
      return "统一社会信用代码校验码错误：应为" + expected + "，实际为" + text.charAt(17);
    }
    return null;
  }

  @Override
  public String toString() {
    return value;
  }
}
