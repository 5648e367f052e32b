package org.gongshi.search.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * Upload allow-list decided by the detected type, never by the name: a renamed executable is
 * refused whatever its extension. Thread-safe.
 *
 * <p>Default list: PDF, OFD, DOC/DOCX, XLS/XLSX, TXT, JPEG/PNG/TIFF, MP3/WAV/MP4. Password
 * protected Office files are allowed (their extraction reports ENCRYPTED).
 */
public final class FileTypePolicy {

  /** The default allowed media types (base types, no parameters). */
  public static final Set<String> DEFAULT_ALLOWED =
      Set.of(
          "application/pdf",
          FileTypeDetector.OFD,
          "application/msword",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "application/vnd.ms-excel",
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "application/x-tika-ooxml-protected",
          "text/plain",
          "image/jpeg",
          "image/png",
          "image/tiff",
          "audio/mpeg",
          "audio/vnd.wave",
          "audio/wav",
          "audio/x-wav",
          "video/mp4",
          "audio/mp4");

  /**
   * The decision on one file.
   *
   * @param allowed whether the file may be stored
   * @param mediaType the detected media type
   * @param reason Chinese reason when refused, otherwise {@code null}
   */
  public record Decision(boolean allowed, String mediaType, String reason) {}

  private final FileTypeDetector detector;
  private final Set<String> allowed;

  /** The default allow-list. */
  public FileTypePolicy() {
    this(new FileTypeDetector(), DEFAULT_ALLOWED);
  }

  /** A custom allow-list of base media types. */
  public FileTypePolicy(FileTypeDetector detector, Set<String> allowed) {
    this.detector = detector;
    this.allowed = Set.copyOf(allowed);
  }

  /** Decides on bytes; the name is only a detection hint. */
  public Decision check(byte[] bytes, String fileName) {
    if (bytes.length == 0) {
      return new Decision(false, "application/octet-stream", "文件为空");
    }
    return decide(detector.detect(bytes, fileName));
  }

  /** Decides on a file on disk. */
  public Decision check(Path file, String fileName) throws IOException {
    return decide(detector.detect(file, fileName));
  }

  /** Whether a detected base type is on the list. */
  public boolean isAllowed(String mediaType) {
    return allowed.contains(mediaType);
  }

  private Decision decide(String type) {
    if (isAllowed(type)) {
      return new Decision(true, type, null);
    }
    return new Decision(false, type, "文件实际类型为 " + type + "，不在允许的类型内");
  }
}
