package org.gongshi.catalog.control.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongshi.catalog.control.CatalogItemData;
import org.gongshi.catalog.control.ItemField;

/**
 * Reads a whole power list from CSV (UTF-8, with or without BOM) or XLSX (first sheet) and
 * validates it: a dry run that never throws on bad data and reports every problem by row and column
 * in Chinese (see {@link ImportReport}). Files over the size limit are refused before parsing. The
 * header row is the first of the top {@value #HEADER_SEARCH_ROWS} rows containing 事项编码, so a title
 * row above it is allowed. Thread-safe.
 */
public final class CatalogReader {

  /** Default size limit: 20 MB. */
  public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

  /** Default limit of item rows. */
  public static final int DEFAULT_MAX_ROWS = 20_000;

  /** How many top rows are searched for the header. */
  public static final int HEADER_SEARCH_ROWS = 10;

  private static final CSVFormat CSV = CSVFormat.RFC4180.builder().get();

  private final long maxBytes;
  private final int maxRows;

  /** A reader with the default limits. */
  public CatalogReader() {
    this(DEFAULT_MAX_BYTES, DEFAULT_MAX_ROWS);
  }

  /** A reader refusing files over {@code maxBytes} or with more than {@code maxRows} item rows. */
  public CatalogReader(long maxBytes, int maxRows) {
    if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 16 || maxRows < 1) {
      throw new IllegalArgumentException("limits out of range: " + maxBytes + ", " + maxRows);
    }
    this.maxBytes = maxBytes;
    this.maxRows = maxRows;
  }

  /** Reads a .csv or .xlsx file by its extension; the size is checked before the file is opened. */
  public ImportReport read(Path file) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    long size = Files.size(file);
    if (size > maxBytes) {
      return ImportReport.refused(
          RowProblem.ofFile(
              String.format(
                  Locale.ROOT, "文件大小 %.1f MB 超过上限 %s，未解析。请拆分后分批导入", size / 1048576.0, limit())));
    }
    if (name.endsWith(".csv")) {
      return csv(Files.readAllBytes(file));
    }
    if (name.endsWith(".xlsx")) {
      return xlsx(Files.readAllBytes(file));
    }
    if (name.endsWith(".xls")) {
      return ImportReport.refused(RowProblem.ofFile("不支持旧版 Excel（.xls）文件，请另存为 .xlsx 后导入"));
    }
    return ImportReport.refused(RowProblem.ofFile("只支持 .csv 和 .xlsx 文件：" + file.getFileName()));
  }

  /** Reads CSV from the stream (not closed); stops reading past the size limit. */
  public ImportReport readCsv(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes((int) maxBytes + 1);
    return bytes.length > maxBytes ? tooBig() : csv(bytes);
  }

  /** Reads XLSX from the stream (not closed); stops reading past the size limit. */
  public ImportReport readXlsx(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes((int) maxBytes + 1);
    return bytes.length > maxBytes ? tooBig() : xlsx(bytes);
  }

  private ImportReport csv(byte[] bytes) {
    CsvText decoded = CsvText.decode(bytes);
    if (decoded.problem() != null) {
      return ImportReport.refused(decoded.problem());
    }
    String text = decoded.text();
    List<RawRow> rows = new ArrayList<>();
    CSVParser parser = null;
    try {
      parser = CSVParser.parse(new StringReader(text), CSV);
      Iterator<CSVRecord> it = parser.iterator();
      while (it.hasNext()) {
        CSVRecord r = it.next();
        List<String> cells = new ArrayList<>(r.size());
        r.forEach(v -> cells.add(CatalogFormat.unescapeCsv(v)));
        rows.add(new RawRow((int) r.getRecordNumber(), cells));
      }
    } catch (IOException | UncheckedIOException e) {
      long line = parser == null ? 1 : parser.getCurrentLineNumber();
      return ImportReport.refused(
          new RowProblem((int) Math.max(1, line), "", "CSV 格式错误，此行附近无法解析（常见原因是引号未闭合）"));
    }
    return validate(rows);
  }

  private ImportReport xlsx(byte[] bytes) {
    String bomb = zipProblem(bytes);
    if (bomb != null) {
      return ImportReport.refused(RowProblem.ofFile(bomb));
    }
    List<RawRow> rows = new ArrayList<>();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      if (workbook.getNumberOfSheets() == 0) {
        return ImportReport.refused(RowProblem.ofFile("XLSX 文件中没有工作表"));
      }
      Sheet sheet = workbook.getSheetAt(0);
      for (int r = 0; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        if (row != null) {
          List<String> cells = new ArrayList<>();
          for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
            cells.add(text(row.getCell(c)));
          }
          rows.add(new RawRow(r + 1, cells));
        }
      }
    } catch (IOException
        | POIXMLException
        | RecordFormatException
        | IllegalArgumentException
        | IllegalStateException e) {
      // POI signals a damaged or foreign file with these; none of our code runs in this block.
      String why = String.valueOf(e.getMessage());
      return ImportReport.refused(
          RowProblem.ofFile(
              why.contains("Zip bomb") ? "XLSX 文件压缩比异常，疑似压缩炸弹，未解析" : "不是有效的 XLSX 文件，或文件已损坏"));
    }
    return validate(rows);
  }

  private ImportReport validate(List<RawRow> rows) {
    int headerIndex = -1;
    for (int i = 0; i < Math.min(HEADER_SEARCH_ROWS, rows.size()) && headerIndex < 0; i++) {
      if (rows.get(i).cells().stream()
          .map(CatalogFormat::headerKey)
          .anyMatch(ItemField.CODE.label()::equals)) {
        headerIndex = i;
      }
    }
    if (headerIndex < 0) {
      return ImportReport.refused(
          new RowProblem(1, "", "未找到表头行：前 " + HEADER_SEARCH_ROWS + " 行中没有含“事项编码”的行。请使用导出的清单作为模板"));
    }
    RawRow header = rows.get(headerIndex);
    List<RowProblem> problems = new ArrayList<>();
    Map<String, Integer> columns = columns(header, problems);
    if (problems.isEmpty() == false) {
      return new ImportReport(0, problems, List.of());
    }
    List<CatalogItemData> items = new ArrayList<>();
    Map<String, Integer> codeRows = new HashMap<>();
    int rowsRead = 0;
    for (RawRow raw : rows.subList(headerIndex + 1, rows.size())) {
      if (raw.blank()) {
        continue;
      }
      if (++rowsRead > maxRows) {
        return ImportReport.refused(RowProblem.ofFile("清单超过 " + maxRows + " 行上限，请拆分后分批导入"));
      }
      if (raw.cells().size() > header.cells().size()
          && raw.cells().subList(header.cells().size(), raw.cells().size()).stream()
              .anyMatch(s -> s.isBlank() == false)) {
        problems.add(
            new RowProblem(
                raw.row(), "", "本行内容多于表头的 " + header.cells().size() + " 列，可能是文本中的逗号未加引号"));
      }
      CatalogItemData item =
          CatalogFormat.parse(
              raw.row(), label -> raw.cell(columns.get(CatalogFormat.headerKey(label))), problems);
      String code = raw.cell(columns.get(CatalogFormat.headerKey(ItemField.CODE.label()))).strip();
      Integer first = code.isEmpty() ? null : codeRows.putIfAbsent(code, raw.row());
      if (first != null) {
        problems.add(
            new RowProblem(
                raw.row(), ItemField.CODE.label(), "事项编码“" + code + "”与第" + first + "行重复"));
      }
      if (item != null) {
        items.add(item);
      }
    }
    if (rowsRead == 0) {
      problems.add(new RowProblem(header.row(), "", "表头下没有任何事项"));
    }
    return new ImportReport(rowsRead, problems, items);
  }

  /** Header key → cell index; unknown, duplicate and missing headers are problems. */
  private static Map<String, Integer> columns(RawRow header, List<RowProblem> problems) {
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < header.cells().size(); i++) {
      String text = header.cells().get(i).strip();
      String key = CatalogFormat.headerKey(text);
      if (key.isEmpty()) {
        continue;
      }
      if (CatalogFormat.isKnown(key) == false) {
        problems.add(new RowProblem(header.row(), text, "未知的列“" + text + "”，请核对列名（可先导出一份清单作为模板）"));
      } else if (columns.putIfAbsent(key, i) != null) {
        problems.add(new RowProblem(header.row(), text, "列“" + text + "”重复"));
      }
    }
    for (String required : CatalogFormat.requiredHeaders()) {
      if (columns.containsKey(CatalogFormat.headerKey(required)) == false) {
        problems.add(new RowProblem(header.row(), required, "缺少必需的列“" + required + "”"));
      }
    }
    return columns;
  }

  private ImportReport tooBig() {
    return ImportReport.refused(RowProblem.ofFile("文件超过上限 " + limit() + "，未解析。请拆分后分批导入"));
  }

  private String limit() {
    return maxBytes % 1048576 == 0 ? maxBytes / 1048576 + " MB" : maxBytes + " 字节";
  }

  /**
   * The XLSX must be a ZIP whose content does not inflate past 20 × the size limit (a zip bomb
   * would exhaust the heap inside POI). Read by central directory, as POI and Excel do.
   */
  private String zipProblem(byte[] bytes) {
    long budget = Math.max(100L * 1048576, maxBytes * 20);
    long total = 0;
    byte[] buffer = new byte[65536];
    try (ZipFile zip =
        ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
      Enumeration<ZipArchiveEntry> entries = zip.getEntries();
      if (entries.hasMoreElements() == false) {
        return "不是有效的 XLSX 文件（ZIP 中没有内容）";
      }
      while (entries.hasMoreElements()) {
        try (InputStream in = zip.getInputStream(entries.nextElement())) {
          for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            total += n;
            if (total > budget) {
              return "XLSX 文件解压后超过 " + budget / 1048576 + " MB，疑似压缩炸弹，未解析";
            }
          }
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      return "不是有效的 XLSX 文件，或文件已损坏（如为 CSV，请将扩展名改为 .csv）";
    }
    return null;
  }

  private static String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    CellType type =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    return switch (type) {
      case STRING -> cell.getStringCellValue();
      case NUMERIC ->
          DateUtil.isCellDateFormatted(cell)
              ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
              : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
      case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
      default -> "";
    };
  }

  /** A row of raw cell texts with its spreadsheet row number. */
  private record RawRow(int row, List<String> cells) {
    String cell(Integer index) {
      return index == null || index >= cells.size() ? "" : cells.get(index);
    }

    boolean blank() {
      return cells.stream().allMatch(String::isBlank);
    }
  }
}
