package org.gongshi.catalog.control.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongshi.catalog.control.CatalogItemData;

/** A table of cell texts (header first) to damage cell by cell and save as CSV or XLSX. */
final class Sheets {

  final List<List<String>> rows = new ArrayList<>();

  static Sheets of(List<CatalogItemData> items) {
    Sheets s = new Sheets();
    s.rows.add(new ArrayList<>(CatalogFormat.headers()));
    items.forEach(i -> s.rows.add(new ArrayList<>(CatalogFormat.toRow(i))));
    return s;
  }

  /** Sets the cell of the given spreadsheet row (2 = first item) under the header. */
  Sheets set(int row, String header, String value) {
    rows.get(row - 1).set(rows.get(0).indexOf(header), value);
    return this;
  }

  String get(int row, String header) {
    return rows.get(row - 1).get(rows.get(0).indexOf(header));
  }

  byte[] csv(Charset charset) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (CSVPrinter printer =
        new CSVPrinter(new OutputStreamWriter(out, charset), CSVFormat.RFC4180)) {
      printer.printRecords(rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  byte[] xlsx() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      XSSFSheet sheet = workbook.createSheet("清单");
      for (int r = 0; r < rows.size(); r++) {
        XSSFRow row = sheet.createRow(r);
        for (int c = 0; c < rows.get(r).size(); c++) {
          row.createCell(c).setCellValue(rows.get(r).get(c));
        }
      }
      workbook.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
