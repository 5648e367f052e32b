package org.gongshi.reports.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.type.PdfaConformanceEnum;
import org.gongshi.reports.ReportException;

/** Loads compiled templates once (cached), fills them and exports PDF or XLSX. Thread-safe. */
public final class JasperEngine {

  /** Classpath folder of the compiled templates. */
  public static final String TEMPLATE_DIR = "org/gongshi/reports/templates/";

  /** sRGB ICC profile, written at build time; PDF/A output intent. */
  public static final String ICC_PROFILE = "org/gongshi/reports/icc/sRGB.icc";

  private final JasperReportsContext context;
  private final Map<String, JasperReport> cache = new ConcurrentHashMap<>();

  /**
   * JasperReports property that, when true (its default), keeps the last expression class loaded
   * from a template in a static ThreadLocal of every thread that fills a report, never cleared. On
   * an application server's pooled request threads that class (its loader's parent is the
   * application's class loader) outlives the application and keeps every undeployed copy of it in
   * memory. The workaround it stands for concerns JVMs long gone: the evaluator holds its class
   * anyway.
   */
  static final String CLASS_REFERENCE_FIX =
      "net.sf.jasperreports.evaluator.class.reference.fix.enabled";

  /** Uses the default JasperReports context (font extension found on the classpath). */
  public JasperEngine() {
    this(defaultContext());
  }

  /**
   * The default context without JasperReports' per-thread class reference (see {@link
   * #CLASS_REFERENCE_FIX}).
   */
  static JasperReportsContext defaultContext() {
    SimpleJasperReportsContext context =
        new SimpleJasperReportsContext(DefaultJasperReportsContext.getInstance());
    context.setProperty(CLASS_REFERENCE_FIX, "false");
    return context;
  }

  /**
   * @param context JasperReports context
   */
  public JasperEngine(JasperReportsContext context) {
    this.context = context;
  }

  /**
   * @param name template name without extension
   * @return compiled template, loaded once
   */
  public JasperReport template(String name) {
    return cache.computeIfAbsent(name, JasperEngine::load);
  }

  private static JasperReport load(String name) {
    String path = TEMPLATE_DIR + name + ".jasper";
    try (InputStream in = JasperEngine.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("compiled template missing on classpath: " + path);
      }
      return (JasperReport) JRLoader.loadObject(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (JRException e) {
      throw new IllegalStateException("cannot load " + path, e);
    }
  }

  /**
   * Fills a template.
   *
   * @param name template name
   * @param parameters report parameters
   * @param data rows
   * @param ignorePagination true for spreadsheet output (one long page)
   * @return the filled report
   */
  public JasperPrint fill(
      String name, Map<String, Object> parameters, JRDataSource data, boolean ignorePagination) {
    Map<String, Object> params = new HashMap<>(parameters);
    params.put(JRParameter.REPORT_LOCALE, java.util.Locale.SIMPLIFIED_CHINESE);
    if (ignorePagination) {
      params.put(JRParameter.IS_IGNORE_PAGINATION, Boolean.TRUE);
    }
    try {
      return JasperFillManager.getInstance(context).fill(template(name), params, data);
    } catch (JRException e) {
      throw new ReportException("cannot fill " + name, e);
    }
  }

  /**
   * Exports one or more filled reports into one PDF.
   *
   * @param prints filled reports, in order
   * @param title document title (metadata)
   * @param author author (metadata), e.g. the agency
   * @param archival true for PDF/A-1b with an sRGB output intent
   * @return PDF bytes
   */
  public byte[] pdf(List<JasperPrint> prints, String title, String author, boolean archival) {
    JRPdfExporter exporter = new JRPdfExporter(context);
    exporter.setExporterInput(SimpleExporterInput.getInstance(prints));
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
    SimplePdfExporterConfiguration config = new SimplePdfExporterConfiguration();
    config.setMetadataTitle(title);
    config.setMetadataAuthor(author);
    config.setMetadataCreator("Gongshi");
    config.setDisplayMetadataTitle(true);
    if (archival) {
      config.setPdfaConformance(PdfaConformanceEnum.PDFA_1B);
      config.setIccProfilePath(ICC_PROFILE);
    }
    exporter.setConfiguration(config);
    try {
      exporter.exportReport();
    } catch (JRException e) {
      throw new ReportException("cannot export PDF " + title, e);
    }
    return out.toByteArray();
  }

  /**
   * Exports a filled report (best filled with ignorePagination) into one XLSX sheet.
   *
   * @param print filled report
   * @param sheetName sheet name
   * @return XLSX bytes
   */
  public byte[] xlsx(JasperPrint print, String sheetName) {
    return xlsx(List.of(print), List.of(sheetName));
  }

  /**
   * Exports filled reports (best filled with ignorePagination) into one XLSX, one sheet each.
   *
   * @param prints filled reports, in sheet order
   * @param sheetNames one name per report
   * @return XLSX bytes
   */
  public byte[] xlsx(List<JasperPrint> prints, List<String> sheetNames) {
    if (prints.size() != sheetNames.size())
      throw new IllegalArgumentException("one sheet name per report");
    String sheetName = String.join(",", sheetNames);
    JRXlsxExporter exporter = new JRXlsxExporter(context);
    exporter.setExporterInput(SimpleExporterInput.getInstance(prints));
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
    SimpleXlsxReportConfiguration config = new SimpleXlsxReportConfiguration();
    config.setOnePagePerSheet(false);
    config.setDetectCellType(true);
    config.setRemoveEmptySpaceBetweenRows(true);
    config.setRemoveEmptySpaceBetweenColumns(true);
    config.setWhitePageBackground(false);
    config.setIgnoreGraphics(false);
    config.setCollapseRowSpan(false);
    config.setSheetNames(sheetNames.toArray(String[]::new));
    exporter.setConfiguration(config);
    try {
      exporter.exportReport();
    } catch (JRException e) {
      throw new ReportException("cannot export XLSX " + sheetName, e);
    }
    return out.toByteArray();
  }
}
