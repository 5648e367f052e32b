package org.gongshi.archive.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.gongshi.search.extract.FileTypePolicy;
import org.gongshi.search.extract.TextExtractor;

/** The search module's file-type policy and text extractor, one per application. */
@ApplicationScoped
public class TextExtraction {
  /** What the allow-list admits, as users read it. */
  public static final String ALLOWED_LABEL =
      "PDF、OFD、Word（DOC/DOCX）、Excel（XLS/XLSX）、TXT、JPEG/PNG/TIFF 图片、MP3/WAV 音频、MP4 视频";

  private final TextExtractor extractor = new TextExtractor();
  private final FileTypePolicy policy = new FileTypePolicy();

  public TextExtractor extractor() {
    return extractor;
  }

  public FileTypePolicy policy() {
    return policy;
  }

  @PreDestroy
  void close() {
    extractor.close();
  }
}
