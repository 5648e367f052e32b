package org.gongshi.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Byte counts as users read them: 209715200 → "200 MB", 5000000 → "4.77 MB". */
public final class Sizes {
  private static final long MB = 1024L * 1024L;

  private Sizes() {}

  public static String mb(long bytes) {
    if (bytes % MB == 0) return bytes / MB + " MB";
    BigDecimal mb =
        BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(MB), 2, RoundingMode.HALF_UP);
    return mb.stripTrailingZeros().toPlainString() + " MB";
  }

  /** The Chinese refusal of a file over the limit. */
  public static String tooLarge(long limit) {
    return "文件超过大小上限 " + mb(limit) + "，未保存";
  }
}
