package org.gongshi.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.gongshi.reports.model.CaseFile;
import org.junit.jupiter.api.Test;

class CaseFileTest {

  private static final ReportRenderer RENDERER = TestRenderer.get();

  @Test
  void coverShowsTheFileAndItsPageCount() throws Exception {
    CaseFile file = Samples.caseFile();
    Pdfs.Read pdf = Pdfs.read(RENDERER.caseFileCoverPdf(file), "case-file-cover.pdf");
    String text = Pdfs.squash(pdf.text());
    assertThat(text)
        .contains(
            "行政处罚案卷",
            "金华市金东区综合行政执法局",
            Pdfs.squash(Samples.CASE_TITLE),
            "金东综执罚决字〔2024〕第123号",
            "本卷共34页",
            "永久",
            "档号：J043-2024-XZCF-0123",
            "2024年7月1日");
    assertThat(pdf.pages()).isEqualTo(1);
    assertThat(pdf.pdfaPart()).isEqualTo("1");
  }

  @Test
  void catalogListsDocumentsInArchiveOrderWithPageRanges() throws Exception {
    CaseFile file = Samples.caseFile();
    Pdfs.Read pdf = Pdfs.read(RENDERER.caseFileCatalogPdf(file), "case-file-catalog.pdf");
    String text = Pdfs.squash(pdf.text());
    assertThat(text).contains("卷内目录", "立案审批表", "4-8", "22-24", "29-34", "2024.05.20");
    assertThat(text).as("empty cells stay empty").doesNotContain("null");
    int previous = -1;
    for (CaseFile.CatalogEntry e : file.catalog()) {
      int at = text.indexOf(Pdfs.squash(e.title()), previous + 1);
      assertThat(at).as("%s after position %d", e.title(), previous).isGreaterThan(previous);
      previous = at;
    }
    assertThat(pdf.pdfaPart()).isEqualTo("1");
  }

  @Test
  void coverAndCatalogTogether() throws Exception {
    Pdfs.Read pdf =
        Pdfs.read(RENDERER.caseFileCoverAndCatalogPdf(Samples.caseFile()), "case-file-head.pdf");
    int catalogPages =
        Pdfs.read(RENDERER.caseFileCatalogPdf(Samples.caseFile()), "case-file-catalog.pdf").pages();
    assertThat(pdf.pages()).as("one cover page, then the catalog").isEqualTo(1 + catalogPages);
    assertThat(Pdfs.squash(pdf.text())).contains("行政处罚案卷", "卷内目录");
  }

  @Test
  void catalogOutOfOrderIsRejected() {
    var a = new CaseFile.CatalogEntry(null, "x", "送达回证", LocalDate.of(2024, 1, 1), 5, 6, null);
    var b = new CaseFile.CatalogEntry(null, "x", "立案审批表", LocalDate.of(2024, 1, 1), 1, 1, null);
    assertThatThrownBy(
            () ->
                new CaseFile(
                    "局",
                    null,
                    null,
                    "案",
                    "人",
                    "果",
                    null,
                    null,
                    null,
                    "永久",
                    1,
                    1,
                    null,
                    null,
                    null,
                    List.of(a, b)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("立案审批表");
  }
}
