package org.gongshi.reports.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;

/** Dates and amounts as printed in Chinese official documents. */
public final class ChineseFormat {

  private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";
  private static final String[] SMALL_UNITS = {"", "拾", "佰", "仟"};
  private static final String[] BIG_UNITS = {"", "万", "亿", "万亿"};

  private ChineseFormat() {}

  /**
   * @return e.g. 2024年5月20日
   */
  public static String date(LocalDate d) {
    return d == null ? "" : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }

  /**
   * @return e.g. 50,000.00
   */
  public static String money(BigDecimal amount) {
    DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
    return f.format(amount.setScale(2, RoundingMode.HALF_UP));
  }

  /**
   * Upper-case (大写) amount in yuan, as on payment documents.
   *
   * @param amount non-negative amount in yuan, below 10^16
   * @return e.g. 伍万元整, 壹仟零伍元伍角, 零元整
   */
  public static String uppercase(BigDecimal amount) {
    BigDecimal a = amount.setScale(2, RoundingMode.HALF_UP);
    if (a.signum() < 0) {
      throw new IllegalArgumentException("negative amount");
    }
    long fen = a.movePointRight(2).longValueExact();
    long yuan = fen / 100;
    int jiao = (int) (fen / 10 % 10);
    int cents = (int) (fen % 10);
    StringBuilder sb = new StringBuilder();
    if (yuan > 0) {
      sb.append(integerPart(yuan)).append('元');
    }
    if (jiao == 0 && cents == 0) {
      return (sb.isEmpty() ? "零元" : sb) + "整";
    }
    if (jiao > 0) {
      sb.append(DIGITS.charAt(jiao)).append('角');
    } else if (yuan > 0) {
      sb.append('零');
    }
    if (cents > 0) {
      sb.append(DIGITS.charAt(cents)).append('分');
    }
    return sb.toString();
  }

  private static String integerPart(long n) {
    StringBuilder sb = new StringBuilder();
    int group = 0;
    boolean zeroPending = false;
    while (n > 0) {
      int part = (int) (n % 10000);
      n /= 10000;
      if (part > 0) {
        String s = fourDigits(part) + BIG_UNITS[group];
        if (zeroPending && !sb.isEmpty()) {
          sb.insert(0, '零');
        }
        sb.insert(0, s);
        zeroPending = part < 1000;
      } else {
        zeroPending = true;
      }
      group++;
    }
    return sb.toString();
  }

  /** Up to four digits with their units; inner zeros collapse to one 零. */
  private static String fourDigits(int part) {
    StringBuilder sb = new StringBuilder();
    boolean zero = false;
    for (int i = 3; i >= 0; i--) {
      int d = part / (int) Math.pow(10, i) % 10;
      if (d == 0) {
        zero = !sb.isEmpty();
      } else {
        if (zero) {
          sb.append('零');
          zero = false;
        }
        sb.append(DIGITS.charAt(d)).append(SMALL_UNITS[i]);
      }
    }
    return sb.toString();
  }
}
