package org.gongshi.platform;

import java.util.Locale;

/** A file's media type as people name it: "PDF 文档", "Word 文档", "图片"; never the raw type. */
public final class MediaTypes {
  private MediaTypes() {}

  public static String word(String mediaType) {
    if (mediaType == null || mediaType.isBlank()) return "文件";
    String t = mediaType.toLowerCase(Locale.ROOT);
    int semi = t.indexOf(';');
    if (semi >= 0) t = t.substring(0, semi).trim();
    if (t.equals("application/pdf")) return "PDF 文档";
    if (t.contains("wordprocessingml") || t.equals("application/msword")) return "Word 文档";
    if (t.contains("spreadsheetml") || t.equals("application/vnd.ms-excel")) return "Excel 表格";
    if (t.contains("presentationml") || t.equals("application/vnd.ms-powerpoint"))
      return "PowerPoint 演示文稿";
    if (t.contains("opendocument.text")) return "ODF 文字文档";
    if (t.equals("application/ofd") || t.contains("ofd")) return "OFD 版式文档";
    if (t.startsWith("image/")) return "图片";
    if (t.startsWith("audio/")) return "音频";
    if (t.startsWith("video/")) return "视频";
    if (t.equals("text/csv")) return "CSV 表格";
    if (t.startsWith("text/html")) return "网页";
    if (t.startsWith("text/")) return "文本文件";
    if (t.equals("application/zip") || t.contains("compressed") || t.contains("x-7z")) return "压缩包";
    if (t.contains("xml")) return "XML 文件";
    if (t.contains("json")) return "JSON 数据";
    return "其他文件";
  }

  /** A size in bytes as people read it: 812 字节, 12.5 KB, 3.2 MB. */
  public static String size(long bytes) {
    if (bytes < 1024) return bytes + " 字节";
    if (bytes < 1024L * 1024L) return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
