package org.gongshi.archive.control;

/** File names as the archive keeps them: the last path segment, no control characters. */
public final class FileNames {
  private FileNames() {}

  /** The name without directories or control characters, at most 255 characters. */
  public static String clean(String name) {
    if (name == null || name.isBlank()) return "未命名文件";
    String base = name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").trim();
    if (base.isEmpty() || base.equals(".") || base.equals("..")) return "未命名文件";
    return base.length() > 255 ? base.substring(base.length() - 255) : base;
  }
}
