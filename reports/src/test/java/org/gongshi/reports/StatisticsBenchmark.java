package org.gongshi.reports;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gongshi.reports.model.AnnualStatistics;

/**
 * Renders the annual statistics report with N rows (default 10,000) as PDF and XLSX and prints wall
 * time, peak heap and GC figures. Run: {@code mvn -pl reports test-compile exec:exec@bench}.
 */
public final class StatisticsBenchmark {

  private StatisticsBenchmark() {}

  /**
   * @param args optional row count
   */
  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    ReportRenderer renderer = new ReportRenderer();
    renderer.annualStatisticsPdf(data(200)); // warm-up: templates, fonts, JIT
    renderer.annualStatisticsXlsx(data(200));
    AnnualStatistics stats = data(n);

    System.out.printf(
        "annual statistics, %,d rows, JDK %s, max heap %d MiB, %d CPUs%n",
        n,
        System.getProperty("java.version"),
        Runtime.getRuntime().maxMemory() >> 20,
        Runtime.getRuntime().availableProcessors());
    byte[] pdf = measure("PDF ", () -> renderer.annualStatisticsPdf(stats));
    measure("XLSX", () -> renderer.annualStatisticsXlsx(stats));
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      System.out.printf("PDF pages: %,d%n", doc.getNumberOfPages());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static byte[] measure(String label, java.util.function.Supplier<byte[]> render) {
    System.gc();
    List<MemoryPoolMXBean> heap =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .toList();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    long gcCount = gcCount();
    long gcTime = gcTime();
    long t0 = System.nanoTime();
    byte[] out = render.get();
    long ms = (System.nanoTime() - t0) / 1_000_000;
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    System.out.printf(
        "%s: %,d ms, %,d KiB output, peak heap (sum of pool peaks) %,d MiB, GC %d collections / %d ms%n",
        label, ms, out.length >> 10, peak >> 20, gcCount() - gcCount, gcTime() - gcTime);
    return out;
  }

  private static long gcCount() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionCount)
        .sum();
  }

  private static long gcTime() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionTime)
        .sum();
  }

  /** n rows: 100 agencies, domains cycling through a realistic list. */
  static AnnualStatistics data(int n) {
    String[] domains = {
      "城乡规划", "市容环卫", "住房和城乡建设", "生态环境", "交通运输", "市场监管", "农业农村", "文化和旅游", "应急管理", "水利", "卫生健康",
      "自然资源"
    };
    Random r = new Random(42);
    List<AnnualStatistics.Row> rows = new ArrayList<>(n);
    int perAgency = Math.max(1, n / 100);
    for (int i = 0; i < n; i++) {
      String agency = "金华市第" + (i / perAgency + 1) + "综合行政执法队";
      int cases = r.nextInt(400);
      rows.add(
          new AnnualStatistics.Row(
              agency,
              domains[i % domains.length] + "（" + (i % perAgency + 1) + "）",
              cases,
              r.nextInt(50),
              r.nextInt(300),
              r.nextInt(20),
              r.nextInt(5),
              r.nextInt(5),
              r.nextInt(10),
              BigDecimal.valueOf(r.nextInt(5_000_000), 2),
              r.nextInt(5),
              r.nextInt(20),
              r.nextInt(3),
              r.nextInt(2)));
    }
    return new AnnualStatistics(2024, "金华市", rows);
  }
}
