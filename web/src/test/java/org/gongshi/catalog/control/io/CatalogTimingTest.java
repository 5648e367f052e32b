package org.gongshi.catalog.control.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.gongshi.catalog.control.CatalogItemData;
import org.gongshi.catalog.control.SampleCatalog;
import org.junit.jupiter.api.Test;

/** Parse and validate 4,000 items; prints the times (the issue asks for "seconds"). */
class CatalogTimingTest {

  @Test
  void fourThousandItemsParseAndValidateInSeconds() throws IOException {
    List<CatalogItemData> items = SampleCatalog.items(4000, 42);
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    long t0 = System.nanoTime();
    CatalogWriter.writeCsv(items, csv);
    long t1 = System.nanoTime();
    CatalogWriter.writeXlsx(items, xlsx);
    long t2 = System.nanoTime();
    CatalogReader reader = new CatalogReader();

    ImportReport fromCsv = reader.readCsv(new ByteArrayInputStream(csv.toByteArray()));
    long t3 = System.nanoTime();
    ImportReport fromXlsx = reader.readXlsx(new ByteArrayInputStream(xlsx.toByteArray()));
    long t4 = System.nanoTime();

    System.out.printf(
        "4000 items: CSV %d KB write %d ms, parse+validate %d ms; XLSX %d KB write %d ms,"
            + " parse+validate %d ms%n",
        csv.size() / 1024,
        (t1 - t0) / 1_000_000,
        (t3 - t2) / 1_000_000,
        xlsx.size() / 1024,
        (t2 - t1) / 1_000_000,
        (t4 - t3) / 1_000_000);
    assertThat(fromCsv.items()).hasSize(4000).isEqualTo(items);
    assertThat(fromXlsx.items()).hasSize(4000).isEqualTo(items);
    assertThat((t4 - t2) / 1_000_000).isLessThan(20_000);
  }
}
