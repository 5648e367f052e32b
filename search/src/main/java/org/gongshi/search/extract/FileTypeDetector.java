package org.gongshi.search.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;

/**
 * Detects the real media type of a file from its bytes (Tika magic and container detection), with
 * the file name only as a hint. Recognises OFD (a zip holding {@code OFD.xml}), which Tika alone
 * reports as a plain zip. Thread-safe.
 */
public final class FileTypeDetector {

  /** Media type reported for OFD documents (GB/T 33190). */
  public static final String OFD = "application/ofd";

  private final Detector detector;

  /** A detector on Tika's default configuration. */
  public FileTypeDetector() {
    this(TikaConfig.getDefaultConfig());
  }

  FileTypeDetector(TikaConfig config) {
    this.detector = config.getDetector();
  }

  /**
   * The media type of the bytes, without parameters, e.g. {@code application/pdf}.
   *
   * @param fileName the original name; passed to Tika as a hint (plain text needs it)
   */
  public String detect(byte[] bytes, String fileName) {
    try (TikaInputStream in = TikaInputStream.get(bytes)) {
      String type = detect(in, fileName);
      return isZip(type) && zipHoldsOfd(new ByteArrayInputStream(bytes)) ? OFD : type;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The media type of a file on disk; see {@link #detect(byte[], String)}. */
  public String detect(Path file, String fileName) throws IOException {
    try (TikaInputStream in = TikaInputStream.get(file)) {
      String type = detect(in, fileName);
      if (isZip(type)) {
        try (InputStream zip = Files.newInputStream(file)) {
          return zipHoldsOfd(zip) ? OFD : type;
        }
      }
      return type;
    }
  }

  private String detect(TikaInputStream in, String fileName) throws IOException {
    Metadata metadata = new Metadata();
    if (fileName != null && fileName.isBlank() == false) {
      metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
    }
    MediaType type = detector.detect(in, metadata);
    return type.getBaseType().toString();
  }

  private static boolean isZip(String type) {
    return "application/zip".equals(type) || "application/x-zip-compressed".equals(type);
  }

  private static boolean zipHoldsOfd(InputStream in) {
    try (ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if ("OFD.xml".equalsIgnoreCase(e.getName())) {
          return true;
        }
      }
      return false;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }
}
