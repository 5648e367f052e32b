package org.gongshi.portal.control;

import java.math.BigDecimal;
import java.util.List;

/** 罚款金额 bands of the portal's amount filter; the label is the indexed value and the URL value. */
public final class FineBand {
  /** The bands in ascending order. */
  public static final List<String> LABELS =
      List.of("1千元以下", "1千至1万元", "1万至10万元", "10万至100万元", "100万元以上");

  private static final BigDecimal[] UPPER_WAN = {
    new BigDecimal("0.1"), BigDecimal.ONE, BigDecimal.TEN, new BigDecimal("100")
  };

  private FineBand() {}

  /** The band of a fine in 万元; null without a fine. */
  public static String of(BigDecimal fineWan) {
    if (fineWan == null || fineWan.signum() <= 0) return null;
    for (int i = 0; i < UPPER_WAN.length; i++) {
      if (fineWan.compareTo(UPPER_WAN[i]) < 0) return LABELS.get(i);
    }
    return LABELS.getLast();
  }

  /** Position for sorting facet values; unknown last. */
  public static int order(String label) {
    int i = LABELS.indexOf(label);
    return i < 0 ? LABELS.size() : i;
  }
}
