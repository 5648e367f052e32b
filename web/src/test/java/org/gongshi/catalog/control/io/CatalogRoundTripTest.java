package org.gongshi.catalog.control.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gongshi.catalog.control.CatalogItemData;
import org.gongshi.catalog.control.Items;
import org.gongshi.catalog.control.SampleCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogRoundTripTest {

  private final CatalogReader reader = new CatalogReader();

  private List<CatalogItemData> catalog() {
    List<CatalogItemData> items = new ArrayList<>(SampleCatalog.catalog(11));
    items.add(Items.penalty().code("X-1").name("=HYPERLINK(\"http://x\")，以等号开头的名称").build());
    items.add(Items.penalty().code("X-2").name("'-以撇号和减号开头的名称，第二行\n带换行、\"引号\"和,逗号").build());
    return items;
  }

  @Test
  void csvReadsBackIdentically(@TempDir Path dir) throws IOException {
    List<CatalogItemData> items = catalog();
    Path file = dir.resolve("清单.csv");
    try (var out = Files.newOutputStream(file)) {
      CatalogWriter.writeCsv(items, out);
    }

    ImportReport report = reader.read(file);

    assertThat(report.problems()).isEmpty();
    assertThat(report.items()).isEqualTo(items);
    assertThat(report.summary())
        .isEqualTo("共读取 " + items.size() + " 行，全部通过校验，可导入 " + items.size() + " 个事项");
    assertThat(Files.readString(file)).startsWith("\uFEFF事项编码,").contains("'=HYPERLINK");
  }

  @Test
  void xlsxReadsBackIdentically() throws IOException {
    List<CatalogItemData> items = catalog();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CatalogWriter.writeXlsx(items, out);

    ImportReport report = reader.readXlsx(new ByteArrayInputStream(out.toByteArray()));

    assertThat(report.problems()).isEmpty();
    assertThat(report.items()).isEqualTo(items);
  }

  @Test
  void titleRowAboveTheHeaderAndReorderedColumnsAreAccepted() throws IOException {
    Sheets sheet = Sheets.of(SampleCatalog.items(5, 2));
    sheet.rows.forEach(r -> r.add(0, r.remove(r.size() - 1)));
    sheet.rows.add(0, new ArrayList<>(List.of("金华市金东区综合行政执法局权责清单（2026年版）")));

    ImportReport report = reader.readXlsx(new ByteArrayInputStream(sheet.xlsx()));

    assertThat(report.problems()).isEmpty();
    assertThat(report.items()).isEqualTo(SampleCatalog.items(5, 2));
  }
}
