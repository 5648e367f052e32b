package org.gongshi.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.gongshi.reports.model.MajorDecisionFiling;
import org.junit.jupiter.api.Test;

/** GB/T 9704 page, serif faces, and a signature that never stands alone. */
class OfficialLayoutTest {

  private static final ReportRenderer RENDERER = TestRenderer.get();
  private static final float MM = 72f / 25.4f;

  /** Glyphs of one page: position, size and font. */
  private record Glyph(
      String text, float x, float right, float top, float bottom, float size, String font) {}

  @Test
  void decisionUsesTheSerifFacesOnTheStandardTextBlock() throws IOException {
    byte[] pdf = RENDERER.penaltyDecisionPdf(Samples.decision(), DecisionVariant.FULL);
    Pdfs.dump(pdf, "layout-decision.pdf");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(fonts(doc))
          .as("only the embedded Noto Serif SC faces, no sans face")
          .allMatch(f -> f.contains("NotoSerifSC"))
          .anyMatch(f -> f.endsWith("NotoSerifSC-Regular"))
          .anyMatch(f -> f.endsWith("NotoSerifSC-Bold"));
      for (PDPage page : doc.getPages()) {
        assertThat(page.getMediaBox().getWidth())
            .isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
        assertThat(page.getMediaBox().getHeight())
            .isCloseTo(842f, org.assertj.core.data.Offset.offset(1f));
      }
      List<Glyph> first = glyphs(doc, 1);
      List<Glyph> body = first.stream().filter(g -> !g.text().startsWith("—")).toList();
      // text block 156 x 225 mm: left 28 mm, right 26 mm, top 37 mm, bottom 35 mm
      assertThat(body.stream().map(Glyph::x).min(Float::compare).orElseThrow())
          .isBetween(28 * MM - 1, 28 * MM + 1);
      assertThat(body.stream().map(Glyph::right).max(Float::compare).orElseThrow())
          .isLessThanOrEqualTo(595 - 26 * MM + 1);
      assertThat(body.stream().map(Glyph::top).min(Float::compare).orElseThrow())
          .isGreaterThanOrEqualTo(37 * MM - 1);
      List<Glyph> all = new ArrayList<>();
      for (int p = 1; p <= doc.getNumberOfPages(); p++) all.addAll(glyphs(doc, p));
      assertThat(all.stream().filter(g -> !isPageNumber(g, all)).map(Glyph::bottom))
          .allMatch(b -> b <= 842 - 35 * MM + 1);
      Glyph title = first.stream().filter(g -> g.text().equals("书")).findFirst().orElseThrow();
      assertThat(title.size())
          .as("title 2号")
          .isCloseTo(22f, org.assertj.core.data.Offset.offset(0.5f));
      assertThat(title.font()).endsWith("NotoSerifSC-Bold");
      Glyph party = first.stream().filter(g -> g.text().equals("当")).findFirst().orElseThrow();
      assertThat(party.size())
          .as("body 3号")
          .isCloseTo(16f, org.assertj.core.data.Offset.offset(0.5f));
      assertThat(party.font()).endsWith("NotoSerifSC-Regular");
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("— 1 —").doesNotContain("WenQuanYi");
    }
  }

  @Test
  void coverAndCatalogUseTheSerifFace() throws IOException {
    try (PDDocument doc = Loader.loadPDF(RENDERER.caseFileCoverAndCatalogPdf(Samples.caseFile()))) {
      assertThat(fonts(doc)).isNotEmpty().allMatch(f -> f.contains("NotoSerifSC"));
      List<Glyph> cover = glyphs(doc, 1);
      assertThat(cover.stream().map(Glyph::x).min(Float::compare).orElseThrow())
          .isGreaterThanOrEqualTo(28 * MM - 1);
    }
  }

  @Test
  void filingSignatureStaysWithTheLastParagraph() throws IOException {
    MajorDecisionFiling base = Samples.filing();
    int twoPageReports = 0;
    StringBuilder facts = new StringBuilder(base.factsSummary());
    for (int extra = 0; extra < 24; extra++) {
      facts.append("经复核，当事人对上述事实无异议。");
      MajorDecisionFiling f = withFacts(base, facts.toString());
      try (PDDocument doc = Loader.loadPDF(RENDERER.majorDecisionFilingPdf(f))) {
        int pages = doc.getNumberOfPages();
        if (pages > 1) twoPageReports++;
        PDFTextStripper last = new PDFTextStripper();
        last.setStartPage(pages);
        last.setEndPage(pages);
        String lastPage = Pdfs.squash(last.getText(doc));
        assertThat(lastPage)
            .as("%d added sentences: signer, date and contact line on the last page", extra)
            .contains("金华市金东区综合行政执法局（印章）", "2024年5月28日", "联系人：陈晓燕");
      }
    }
    assertThat(twoPageReports).as("some lengths run onto a second page").isGreaterThan(5);
  }

  private static MajorDecisionFiling withFacts(MajorDecisionFiling f, String facts) {
    return new MajorDecisionFiling(
        f.reportNumber(),
        f.legalOffice(),
        f.agencyName(),
        f.decisionNumber(),
        f.caseTitle(),
        f.party(),
        facts,
        f.penalty(),
        f.fineAmount(),
        f.caseFiledOn(),
        f.legalReviewDate(),
        f.legalReviewOpinion(),
        f.collectiveDiscussionDate(),
        f.hearingHeld(),
        f.decisionDate(),
        f.filingDeadline(),
        f.materials(),
        f.contactPerson(),
        f.contactPhone(),
        f.reportDate());
  }

  private static boolean isPageNumber(Glyph g, List<Glyph> all) {
    return g.text().equals("—") || (g.text().matches("\\d") && g.size() == 14f && g.top() > 750);
  }

  private static Set<String> fonts(PDDocument doc) throws IOException {
    Set<String> names = new HashSet<>();
    for (PDPage page : doc.getPages()) {
      for (COSName n : page.getResources().getFontNames()) {
        PDFont font = page.getResources().getFont(n);
        assertThat(font.isEmbedded()).as(font.getName()).isTrue();
        names.add(font.getName());
      }
    }
    return names;
  }

  private static List<Glyph> glyphs(PDDocument doc, int page) throws IOException {
    List<Glyph> out = new ArrayList<>();
    PDFTextStripper s =
        new PDFTextStripper() {
          @Override
          protected void processTextPosition(TextPosition t) {
            if (!t.getUnicode().isBlank()) {
              float size = t.getFontSizeInPt();
              out.add(
                  new Glyph(
                      t.getUnicode(),
                      t.getXDirAdj(),
                      t.getXDirAdj() + t.getWidthDirAdj(),
                      t.getYDirAdj() - size * 0.88f,
                      t.getYDirAdj() + size * 0.12f,
                      size,
                      t.getFont().getName()));
            }
          }
        };
    s.setStartPage(page);
    s.setEndPage(page);
    s.getText(doc);
    return out;
  }
}
