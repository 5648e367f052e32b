package org.gongshi.search.extract;

/** Why an extraction failed, with the Chinese message shown on the document. */
public enum FailureReason {
  ENCRYPTED("文件已加密，无法提取文字"),
  CORRUPT("文件已损坏或格式不正确，无法提取文字"),
  UNSUPPORTED("不支持提取此类型文件的文字"),
  TIMEOUT("提取文字超时"),
  TOO_LARGE("文件过大，未提取文字"),
  /** A container that inflates far beyond its size: refused before parsing, the file kept. */
  BOMB("文件展开后过大，疑似压缩炸弹，未提取文字");

  private final String message;

  FailureReason(String message) {
    this.message = message;
  }

  /** The default Chinese message for this reason. */
  public String message() {
    return message;
  }
}
