package org.gongshi.catalog.control.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.gongshi.catalog.control.SampleCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad files: every problem reported by row and column, nothing importable. */
class CatalogReaderTest {

  private final CatalogReader reader = new CatalogReader();

  private Sheets good() {
    return Sheets.of(SampleCatalog.items(6, 5));
  }

  private ImportReport csv(Sheets sheet) throws IOException {
    return reader.readCsv(new ByteArrayInputStream(sheet.csv(UTF_8)));
  }

  private static void assertNothingImportable(ImportReport report) {
    assertThat(report.importable()).isFalse();
    assertThat(report.items()).isEmpty();
    assertThat(report.summary()).endsWith("未导入任何事项");
  }

  @Test
  void wrongKindIsReportedWithRowColumnAndAllowedValues() throws IOException {
    ImportReport report = csv(good().set(3, "事项类型", "行政处理"));

    assertNothingImportable(report);
    assertThat(report.rowsRead()).isEqualTo(6);
    assertThat(report.problems())
        .singleElement()
        .hasToString("第3行，“事项类型”列：“行政处理”不是允许的事项类型，允许值：行政处罚、行政强制、行政检查、行政许可、行政确认、其他");
  }

  @Test
  void wrongKindInXlsxToo() throws IOException {
    ImportReport report =
        reader.readXlsx(new ByteArrayInputStream(good().set(4, "事项类型", "处罚").xlsx()));

    assertNothingImportable(report);
    assertThat(report.problems())
        .singleElement()
        .extracting(RowProblem::row, RowProblem::column)
        .containsExactly(4, "事项类型");
  }

  @Test
  void missingLegalBasisIsReported() throws IOException {
    Sheets sheet = good().set(2, "设定依据-法律", "").set(2, "设定依据-条款", "").set(2, "设定依据-条文", "");

    ImportReport report = csv(sheet);

    assertNothingImportable(report);
    assertThat(report.problems())
        .singleElement()
        .hasToString("第2行，“设定依据-法律”列：缺少设定依据：须填写“设定依据-法律”和“设定依据-条款”");
  }

  @Test
  void duplicateCodeNamesTheFirstRow() throws IOException {
    Sheets sheet = good();
    sheet.set(5, "事项编码", sheet.get(2, "事项编码"));

    ImportReport report = csv(sheet);

    assertNothingImportable(report);
    assertThat(report.problems())
        .singleElement()
        .hasToString("第5行，“事项编码”列：事项编码“" + sheet.get(2, "事项编码") + "”与第2行重复");
  }

  @Test
  void everyProblemOfEveryRowIsReported() throws IOException {
    Sheets sheet =
        good()
            .set(2, "监督电话", "待定")
            .set(2, "裁量1-罚款上限（元）", "三千")
            .set(3, "行使方式", "联合")
            .set(3, "法定罚款下限（元）", "")
            .set(6, "事项名称", "")
            .set(7, "裁量2-档次", "")
            .set(7, "裁量2-适用情形", "")
            .set(7, "裁量2-罚款下限（元）", "")
            .set(7, "裁量2-罚款上限（元）", "")
            .set(7, "裁量2-其他处罚", "");
    sheet.set(7, "裁量3-档次", sheet.get(7, "裁量3-档次").isEmpty() ? "严重" : sheet.get(7, "裁量3-档次"));

    ImportReport report = csv(sheet);

    assertNothingImportable(report);
    assertThat(report.problems())
        .extracting(RowProblem::row, RowProblem::column)
        .contains(
            org.assertj.core.groups.Tuple.tuple(2, "监督电话"),
            org.assertj.core.groups.Tuple.tuple(2, "裁量1-罚款上限（元）"),
            org.assertj.core.groups.Tuple.tuple(3, "行使方式"),
            org.assertj.core.groups.Tuple.tuple(6, "事项名称"),
            org.assertj.core.groups.Tuple.tuple(7, "裁量3-档次"));
    assertThat(report.problems())
        .extracting(RowProblem::message)
        .allSatisfy(m -> assertThat(m).doesNotContain("null"));
  }

  @Test
  void gbkFileIsRefusedWithAClearMessage() throws IOException {
    ImportReport report =
        reader.readCsv(new ByteArrayInputStream(good().csv(Charset.forName("GBK"))));

    assertNothingImportable(report);
    assertThat(report.problems())
        .singleElement()
        .asString()
        .startsWith("第1行：文件不是 UTF-8 编码")
        .contains("GBK/GB18030", "CSV UTF-8（逗号分隔）");
  }

  @Test
  void brokenBytesAreRefusedWithTheirLine() throws IOException {
    byte[] text = good().csv(UTF_8);
    int thirdLine = indexOfNth(text, (byte) '\n', 2) + 1;
    byte[] broken = Arrays.copyOf(text, text.length);
    broken[thirdLine] = (byte) 0xFF;

    ImportReport report = reader.readCsv(new ByteArrayInputStream(broken));

    assertNothingImportable(report);
    assertThat(report.problems())
        .singleElement()
        .asString()
        .startsWith("第3行：文件不是 UTF-8 编码")
        .contains("可能已损坏");
  }

  @Test
  void fiftyMegabyteFilesAreRefusedBeforeParsing(@TempDir Path dir) throws IOException {
    for (String name : new String[] {"big.csv", "big.xlsx"}) {
      Path file = dir.resolve(name);
      try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
        raf.setLength(50L * 1024 * 1024);
      }

      ImportReport report = reader.read(file);

      assertNothingImportable(report);
      assertThat(report.problems())
          .singleElement()
          .asString()
          .isEqualTo("文件大小 50.0 MB 超过上限 20 MB，未解析。请拆分后分批导入");
    }
  }

  @Test
  void oversizedStreamIsRefusedAfterReadingOnlyTheLimit() throws IOException {
    long[] served = {0};
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            served[0]++;
            return 'a';
          }

          @Override
          public int read(byte[] b, int off, int len) {
            Arrays.fill(b, off, off + len, (byte) 'a');
            served[0] += len;
            return len;
          }
        };

    ImportReport report = new CatalogReader(1024 * 1024, 100).readCsv(endless);

    assertThat(report.problems()).singleElement().asString().isEqualTo("文件超过上限 1 MB，未解析。请拆分后分批导入");
    assertThat(served[0]).isLessThanOrEqualTo(1024 * 1024 + 1);
  }

  @Test
  void headerProblemsStopBeforeTheRows() throws IOException {
    Sheets sheet = good();
    sheet.rows.get(0).set(sheet.rows.get(0).indexOf("领域"), "所属领域");

    ImportReport report = csv(sheet);

    assertThat(report.problems())
        .extracting(RowProblem::toString)
        .containsExactly("第1行，“所属领域”列：未知的列“所属领域”，请核对列名（可先导出一份清单作为模板）", "第1行，“领域”列：缺少必需的列“领域”");
  }

  @Test
  void foreignAndDamagedFilesAreRefused(@TempDir Path dir) throws IOException {
    byte[] csv = good().csv(UTF_8);
    assertThat(reader.readXlsx(new ByteArrayInputStream(csv)).problems())
        .singleElement()
        .asString()
        .contains("不是有效的 XLSX 文件");
    byte[] xlsx = good().xlsx();
    assertThat(reader.readCsv(new ByteArrayInputStream(xlsx)).problems())
        .singleElement()
        .asString()
        .contains("这是 XLSX（ZIP）文件");
    byte[] cut = Arrays.copyOf(xlsx, xlsx.length / 2);
    assertThat(reader.readXlsx(new ByteArrayInputStream(cut)).importable()).isFalse();
    byte[] open = "事项编码,事项名称\n\"330,abc\n".getBytes(UTF_8);
    assertThat(reader.readCsv(new ByteArrayInputStream(open)).problems())
        .singleElement()
        .asString()
        .contains("CSV 格式错误");
    Path doc = Files.write(dir.resolve("清单.docx"), csv);
    assertThat(reader.read(doc).problems())
        .singleElement()
        .asString()
        .startsWith("只支持 .csv 和 .xlsx 文件");
  }

  @Test
  void zipBombIsRefusedBeforePoiOpensIt() throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
      zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 101; i++) {
        zip.write(zeros);
      }
    }

    // 1 MB limit: at most 100 MB once inflated; POI's own ratio check would catch this one too.
    ImportReport small =
        new CatalogReader(1024 * 1024, 100).readXlsx(new ByteArrayInputStream(bytes.toByteArray()));
    ImportReport normal = reader.readXlsx(new ByteArrayInputStream(bytes.toByteArray()));

    assertThat(small.problems())
        .singleElement()
        .asString()
        .isEqualTo("XLSX 文件解压后超过 100 MB，疑似压缩炸弹，未解析");
    assertThat(normal.problems()).singleElement().asString().startsWith("XLSX 文件压缩比异常，疑似压缩炸弹");
  }

  private static int indexOfNth(byte[] bytes, byte b, int n) {
    for (int i = 0, seen = 0; i < bytes.length; i++) {
      if (bytes[i] == b && ++seen == n) {
        return i;
      }
    }
    throw new IllegalArgumentException("not found");
  }
}
