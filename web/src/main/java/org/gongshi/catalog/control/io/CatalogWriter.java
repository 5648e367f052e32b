package org.gongshi.catalog.control.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.gongshi.catalog.control.CatalogItemData;
import org.gongshi.catalog.control.ExerciseMode;
import org.gongshi.catalog.control.ItemKind;

/**
 * Writes a whole power list as CSV or XLSX in the layout of {@link CatalogFormat}, such that {@link
 * CatalogReader} reads back the same items. The stream is flushed, not closed.
 */
public final class CatalogWriter {

  /** Name of the data sheet in XLSX files. */
  public static final String SHEET_NAME = "权责清单";

  private static final CSVFormat CSV = CSVFormat.RFC4180.builder().get();

  private static final int KIND_COLUMN = CatalogFormat.headers().indexOf("事项类型");
  private static final int MODE_COLUMN = CatalogFormat.headers().indexOf("行使方式");

  private CatalogWriter() {}

  /**
   * UTF-8 with a BOM (so Excel shows the Chinese), CRLF line ends, cells that could start a formula
   * guarded by an apostrophe.
   */
  public static void writeCsv(List<CatalogItemData> items, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    CSVPrinter printer = new CSVPrinter(writer, CSV);
    printer.printRecord(CatalogFormat.headers());
    for (CatalogItemData item : items) {
      printer.printRecord(
          CatalogFormat.toRow(item).stream().map(CatalogFormat::escapeCsv).toList());
    }
    printer.flush();
  }

  /**
   * One sheet {@value #SHEET_NAME}: a bold frozen header, text cells (so codes and phone numbers
   * keep their leading zeros), amounts as numbers, drop-down lists for kind and mode.
   */
  public static void writeXlsx(List<CatalogItemData> items, OutputStream out) throws IOException {
    // Streaming: rows go to a temp file in windows of 200, so 4,000 rows need little heap.
    SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    workbook.setCompressTempFiles(true);
    try (workbook) {
      SXSSFSheet sheet = workbook.createSheet(SHEET_NAME);
      CellStyle text = workbook.createCellStyle();
      text.setDataFormat(workbook.createDataFormat().getFormat("@"));
      CellStyle money = workbook.createCellStyle();
      money.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
      CellStyle head = workbook.createCellStyle();
      Font bold = workbook.createFont();
      bold.setBold(true);
      head.setFont(bold);
      List<String> headers = CatalogFormat.headers();
      SXSSFRow headerRow = sheet.createRow(0);
      for (int c = 0; c < headers.size(); c++) {
        SXSSFCell cell = headerRow.createCell(c);
        cell.setCellValue(headers.get(c));
        cell.setCellStyle(head);
        sheet.setColumnWidth(c, 256 * Math.min(40, Math.max(10, headers.get(c).length() * 2 + 2)));
      }
      sheet.createFreezePane(2, 1);
      for (int r = 0; r < items.size(); r++) {
        List<String> cells = CatalogFormat.toRow(items.get(r));
        SXSSFRow row = sheet.createRow(r + 1);
        for (int c = 0; c < cells.size(); c++) {
          String value = cells.get(c);
          if (value.isEmpty()) {
            continue;
          }
          SXSSFCell cell = row.createCell(c);
          if (headers.get(c).endsWith("（元）")) {
            cell.setCellValue(new BigDecimal(value).doubleValue());
            cell.setCellStyle(money);
          } else {
            cell.setCellValue(value);
            cell.setCellStyle(text);
          }
        }
      }
      int lastRow = items.size() + 1000;
      addList(
          sheet,
          KIND_COLUMN,
          lastRow,
          Arrays.stream(ItemKind.values()).map(ItemKind::label).toArray(String[]::new));
      addList(
          sheet,
          MODE_COLUMN,
          lastRow,
          Arrays.stream(ExerciseMode.values()).map(ExerciseMode::label).toArray(String[]::new));
      workbook.write(out);
    } finally {
      workbook.dispose();
    }
    out.flush();
  }

  private static void addList(SXSSFSheet sheet, int column, int lastRow, String[] values) {
    DataValidationHelper helper = sheet.getDataValidationHelper();
    DataValidation validation =
        helper.createValidation(
            helper.createExplicitListConstraint(values),
            new CellRangeAddressList(1, lastRow, column, column));
    validation.setShowErrorBox(true);
    sheet.addValidationData(validation);
  }
}
