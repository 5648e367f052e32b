package org.gongshi.search.extract;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.UnsupportedFormatException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.ofdrw.reader.ContentExtractor;
import org.ofdrw.reader.OFDReader;

/**
 * Extracts plain text from an uploaded file: Tika for PDF, Office, text and images (OCR through
 * tesseract when it is on the PATH), ofdrw for OFD. Every parse runs on a worker thread with a
 * timeout and a write limit, on a fixed number of worker threads; ZIP containers are checked for
 * decompression bombs first ({@link ContainerLimits}); failures come back as {@link Extraction}
 * data, never as exceptions.
 *
 * <p>Thread-safe; create one and share it. {@link #close()} stops the workers. A parser that
 * ignores the interrupt sent on timeout keeps its worker thread until it returns.
 */
public final class TextExtractor implements AutoCloseable {

  /** Whether to use OCR. */
  public enum OcrMode {
    /** OCR when tesseract is on the PATH. */
    AUTO,
    /** Never OCR. */
    OFF
  }

  /**
   * Limits and options.
   *
   * @param writeLimit maximum characters of text kept; more is cut and flagged
   * @param timeout per-file parse timeout
   * @param maxBytes larger files fail with TOO_LARGE without parsing
   * @param ocr OCR mode
   * @param ocrLanguage tesseract languages, e.g. {@code chi_sim+eng}
   */
  public record Settings(
      int writeLimit, Duration timeout, long maxBytes, OcrMode ocr, String ocrLanguage) {

    /** 10M characters, 60 s, 512 MB, OCR when available, chi_sim+eng. */
    public static Settings defaults() {
      return new Settings(
          10_000_000, Duration.ofSeconds(60), 512L << 20, OcrMode.AUTO, "chi_sim+eng");
    }

    public Settings withTimeout(Duration value) {
      return new Settings(writeLimit, value, maxBytes, ocr, ocrLanguage);
    }

    public Settings withWriteLimit(int value) {
      return new Settings(value, timeout, maxBytes, ocr, ocrLanguage);
    }

    public Settings withMaxBytes(long value) {
      return new Settings(writeLimit, timeout, value, ocr, ocrLanguage);
    }

    public Settings withOcr(OcrMode value) {
      return new Settings(writeLimit, timeout, maxBytes, value, ocrLanguage);
    }
  }

  static final String NOTE_NO_OCR = "未安装 OCR 引擎（tesseract），图片中的文字未识别";
  static final String NOTE_GARBAGE_NO_OCR = "文本层疑似乱码，未安装 OCR 引擎，未能重新识别";
  static final String NOTE_GARBAGE_OCR = "文本层疑似乱码，已通过 OCR 重新识别";

  private static final double GARBAGE_RATIO = 0.1;
  private static final Pattern HAN_SPACE =
      Pattern.compile("(?<=\\p{IsHan})[ \\t\\u3000]+(?=\\p{IsHan})");
  private static final Pattern HAN_LINE_BREAK =
      Pattern.compile("(?<=\\p{IsHan})[ \\t]*\\r?\\n[ \\t]*(?=\\p{IsHan})");

  private final Settings settings;
  private final TikaConfig config;
  private final AutoDetectParser parser;
  private final Set<MediaType> supported;
  private final MediaTypeRegistry registry;
  private final FileTypeDetector detector;
  private final boolean ocrEnabled;
  private final ExecutorService workers;
  private final ContainerLimits containers = ContainerLimits.defaults();

  /** Parses at once at most, whatever the callers' concurrency. */
  static final int WORKERS = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));

  /** An extractor with {@link Settings#defaults()}. */
  public TextExtractor() {
    this(Settings.defaults());
  }

  /** An extractor with the given settings. */
  public TextExtractor(Settings settings) {
    this.settings = Objects.requireNonNull(settings);
    this.config = TikaConfig.getDefaultConfig();
    this.parser = new AutoDetectParser(config);
    this.supported = parser.getSupportedTypes(new ParseContext());
    this.registry = config.getMediaTypeRegistry();
    this.detector = new FileTypeDetector(config);
    this.ocrEnabled = settings.ocr() == OcrMode.AUTO && tesseractOnPath();
    // A fixed number of workers: however many bad files arrive at once, extraction takes at most
    // these threads (and each its own parse); the rest wait, within their timeout.
    this.workers =
        Executors.newFixedThreadPool(
            WORKERS,
            r -> {
              Thread t = new Thread(r, "gongshi-extract");
              t.setDaemon(true);
              return t;
            });
  }

  /** Whether OCR will be used (tesseract found and not switched off). */
  public boolean ocrEnabled() {
    return ocrEnabled;
  }

  /** The real media type of the bytes; see {@link FileTypeDetector#detect(byte[], String)}. */
  public String detect(byte[] bytes, String fileName) {
    return detector.detect(bytes, fileName);
  }

  /**
   * Extracts text from bytes.
   *
   * @param fileName the original file name; always needed (plain-text charset detection uses it)
   */
  public Extraction extract(byte[] bytes, String fileName) {
    String type = detector.detect(bytes, fileName);
    if (bytes.length > settings.maxBytes()) {
      return Extraction.failed(type, FailureReason.TOO_LARGE);
    }
    if (bytes.length == 0) {
      return new Extraction(
          Extraction.Status.FAILED, type, "", FailureReason.CORRUPT, "文件为空", false, false);
    }
    return extract(
        new Source() {
          @Override
          public InputStream open() {
            return new ByteArrayInputStream(bytes);
          }

          @Override
          public String containerRefusal() throws IOException {
            return containers.check(bytes);
          }
        },
        fileName,
        type);
  }

  /** Extracts text from a file on disk; see {@link #extract(byte[], String)}. */
  public Extraction extract(Path file, String fileName) throws IOException {
    String type = detector.detect(file, fileName);
    if (Files.size(file) > settings.maxBytes()) {
      return Extraction.failed(type, FailureReason.TOO_LARGE);
    }
    return extract(
        new Source() {
          @Override
          public InputStream open() throws IOException {
            return Files.newInputStream(file);
          }

          @Override
          public String containerRefusal() throws IOException {
            return containers.check(file);
          }
        },
        fileName,
        type);
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }

  private interface Source {
    InputStream open() throws IOException;

    /** Why the bytes are a decompression bomb, or null; see {@link ContainerLimits}. */
    String containerRefusal() throws IOException;
  }

  private Extraction extract(Source source, String fileName, String type) {
    Future<Extraction> task = workers.submit(() -> run(source, fileName, type));
    try {
      return task.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      task.cancel(true);
      return Extraction.failed(type, FailureReason.TIMEOUT);
    } catch (InterruptedException e) {
      task.cancel(true);
      Thread.currentThread().interrupt();
      return Extraction.failed(type, FailureReason.TIMEOUT);
    } catch (ExecutionException e) {
      return Extraction.failed(type, classify(e.getCause()));
    }
  }

  private Extraction run(Source source, String fileName, String type) throws Exception {
    String bomb = source.containerRefusal();
    if (bomb != null) {
      return Extraction.failed(type, FailureReason.BOMB, bomb + "，未提取文字");
    }
    if (FileTypeDetector.OFD.equals(type)) {
      return extractOfd(source, type);
    }
    if (isSupported(type) == false) {
      return Extraction.failed(type, FailureReason.UNSUPPORTED);
    }
    boolean image = type.startsWith("image/");
    boolean pdf = "application/pdf".equals(type);
    Parsed parsed = parse(source, fileName, PDFParserConfig.OCR_STRATEGY.AUTO);
    String note = parsed.truncated ? truncatedNote() : null;
    boolean ocr = ocrEnabled && image;
    if (pdf && isGarbage(parsed.text)) {
      if (ocrEnabled) {
        parsed = parse(source, fileName, PDFParserConfig.OCR_STRATEGY.OCR_ONLY);
        note = NOTE_GARBAGE_OCR;
        ocr = true;
      } else {
        note = NOTE_GARBAGE_NO_OCR;
      }
    } else if (image && ocrEnabled == false) {
      note = NOTE_NO_OCR;
    }
    String text = joinHan(parsed.text, pdf || image);
    return Extraction.done(type, text.strip(), note, parsed.truncated, ocr);
  }

  /**
   * Removes spaces that OCR puts between Chinese characters and, for page layouts, single line
   * breaks inside a paragraph: both would split Chinese words for the index.
   */
  static String joinHan(String text, boolean layout) {
    String joined = HAN_SPACE.matcher(text).replaceAll("");
    return layout ? HAN_LINE_BREAK.matcher(joined).replaceAll("") : joined;
  }

  private record Parsed(String text, boolean truncated) {}

  private Parsed parse(Source source, String fileName, PDFParserConfig.OCR_STRATEGY strategy)
      throws Exception {
    Metadata metadata = new Metadata();
    if (fileName != null) {
      metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
    }
    BodyContentHandler handler = new BodyContentHandler(settings.writeLimit());
    try (InputStream raw = source.open();
        TikaInputStream in = TikaInputStream.get(raw)) {
      parser.parse(in, handler, metadata, context(strategy));
      return new Parsed(handler.toString(), false);
    } catch (Exception e) {
      if (WriteLimitReachedException.isWriteLimitReached(e)) {
        return new Parsed(handler.toString(), true);
      }
      throw e;
    }
  }

  private ParseContext context(PDFParserConfig.OCR_STRATEGY strategy) {
    ParseContext context = new ParseContext();
    TesseractOCRConfig ocr = new TesseractOCRConfig();
    ocr.setSkipOcr(ocrEnabled == false);
    ocr.setLanguage(settings.ocrLanguage());
    ocr.setTimeoutSeconds((int) Math.max(1, settings.timeout().toSeconds()));
    context.set(TesseractOCRConfig.class, ocr);
    PDFParserConfig pdf = new PDFParserConfig();
    pdf.setOcrStrategy(ocrEnabled ? strategy : PDFParserConfig.OCR_STRATEGY.NO_OCR);
    context.set(PDFParserConfig.class, pdf);
    // Streaming (SAX) extraction of DOCX and PPTX: the XML is never held as a DOM in the heap.
    OfficeParserConfig office = new OfficeParserConfig();
    office.setUseSAXDocxExtractor(true);
    office.setUseSAXPptxExtractor(true);
    context.set(OfficeParserConfig.class, office);
    return context;
  }

  private Extraction extractOfd(Source source, String type) throws IOException {
    try (InputStream in = source.open();
        OFDReader reader = new OFDReader(in)) {
      ContentExtractor extractor = new ContentExtractor(reader);
      StringBuilder text = new StringBuilder();
      int pages = reader.getNumberOfPages();
      for (int page = 1; page <= pages && text.length() < settings.writeLimit(); page++) {
        List<String> pieces = extractor.getPageContent(page);
        // Pieces are layout fragments: a line break here would split Chinese phrases.
        text.append(String.join("", pieces)).append('\n');
      }
      boolean truncated = text.length() > settings.writeLimit();
      if (truncated) {
        text.setLength(settings.writeLimit());
      }
      return Extraction.done(
          type, text.toString().strip(), truncated ? truncatedNote() : null, truncated, false);
    }
  }

  private String truncatedNote() {
    return "文字超过 " + settings.writeLimit() + " 字符上限，已截断";
  }

  private boolean isSupported(String type) {
    for (MediaType t = MediaType.parse(type); t != null; t = registry.getSupertype(t)) {
      if (MediaType.OCTET_STREAM.equals(t)) {
        return false;
      }
      if (supported.contains(t)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a text layer is mostly unmappable glyphs (U+FFFD or private use). */
  static boolean isGarbage(String text) {
    long visible = 0;
    long bad = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        continue;
      }
      visible++;
      if (c == '\uFFFD' || (c >= '\uE000' && c <= '\uF8FF')) {
        bad++;
      }
    }
    return visible >= 10 && bad > visible * GARBAGE_RATIO;
  }

  private static FailureReason classify(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof EncryptedDocumentException
          || t.getClass().getSimpleName().equals("InvalidPasswordException")) {
        return FailureReason.ENCRYPTED;
      }
      if (t instanceof UnsupportedFormatException) {
        return FailureReason.UNSUPPORTED;
      }
      if (t instanceof InterruptedException) {
        return FailureReason.TIMEOUT;
      }
    }
    return FailureReason.CORRUPT;
  }

  private static boolean tesseractOnPath() {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty() == false && Files.isExecutable(Path.of(dir, "tesseract"))) {
        return true;
      }
    }
    return false;
  }
}
