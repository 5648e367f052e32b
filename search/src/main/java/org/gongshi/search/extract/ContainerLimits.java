package org.gongshi.search.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Refuses decompression bombs before a parser opens them: a ZIP container (DOCX, XLSX, PPTX, ODF,
 * OFD, EPUB, plain ZIP) is inflated once into a counting sink, without keeping anything, and
 * refused as soon as the inflated bytes exceed the cap, the ratio to the file's own size, or the
 * entry count. The sizes a ZIP claims in its headers are not trusted; only bytes really inflated
 * count. A file that is not a ZIP, or that is a broken one, is left to the parser.
 *
 * @param maxInflatedBytes the most bytes all entries together may inflate to
 * @param maxRatio the most inflated bytes per byte of the file ...
 * @param ratioGraceBytes ... once more than this many bytes were inflated (small files may compress
 *     very well)
 * @param maxEntries the most entries
 */
public record ContainerLimits(
    long maxInflatedBytes, int maxRatio, long ratioGraceBytes, int maxEntries) {

  /** 512 MB inflated, 100 times the file beyond the first 16 MB, 20,000 entries. */
  public static ContainerLimits defaults() {
    return new ContainerLimits(512L << 20, 100, 16L << 20, 20_000);
  }

  /** Why the container in the file is refused (Chinese, for the user), or null when it is not. */
  String check(Path file) throws IOException {
    if (!isZip(Files.newInputStream(file))) return null;
    long size = Files.size(file);
    // the central directory, as ZipFile-based parsers (POI) read the container
    try (ZipFile zip = new ZipFile(file.toFile())) {
      Counter counter = new Counter(size);
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        String why = counter.entry();
        if (why == null && !entry.isDirectory()) {
          try (InputStream in = zip.getInputStream(entry)) {
            why = counter.drain(in);
          }
        }
        if (why != null) return why;
      }
      return null;
    } catch (java.util.zip.ZipException broken) {
      return null;
    }
  }

  /** See {@link #check(Path)}; for bytes in memory, read entry by entry. */
  String check(byte[] bytes) throws IOException {
    if (!isZip(new java.io.ByteArrayInputStream(bytes))) return null;
    Counter counter = new Counter(bytes.length);
    try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(bytes))) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        String why = counter.entry();
        if (why == null) why = counter.drain(zip);
        if (why != null) return why;
      }
      return null;
    } catch (java.util.zip.ZipException broken) {
      return null;
    }
  }

  private static boolean isZip(InputStream in) throws IOException {
    try (in) {
      byte[] magic = in.readNBytes(4);
      return magic.length == 4
          && magic[0] == 'P'
          && magic[1] == 'K'
          && magic[2] == 3
          && magic[3] == 4;
    }
  }

  private final class Counter {
    private final long fileSize;
    private final byte[] buffer = new byte[64 * 1024];
    private long inflated;
    private int entries;

    Counter(long fileSize) {
      this.fileSize = Math.max(1, fileSize);
    }

    String entry() {
      return ++entries > maxEntries ? "压缩包内文件超过 " + maxEntries + " 个，疑似压缩炸弹" : null;
    }

    String drain(InputStream in) throws IOException {
      for (int n; (n = in.read(buffer)) > 0; ) {
        inflated += n;
        if (inflated > maxInflatedBytes) {
          return "文件展开后超过 " + (maxInflatedBytes >> 20) + " MB 上限，疑似压缩炸弹";
        }
        if (inflated > ratioGraceBytes && inflated > maxRatio * fileSize) {
          return "文件展开后超过原大小的 " + maxRatio + " 倍，疑似压缩炸弹";
        }
      }
      return null;
    }
  }
}
