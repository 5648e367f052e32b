package org.gongshi.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.gongshi.reports.model.CaseFile;
import org.gongshi.reports.model.Party;
import org.junit.jupiter.api.Test;

/**
 * Name characters beyond GB 2312 (堃, 喆, 赟, 珺, 彧 are common in given names) print in the serif face:
 * a glyph missing from the embedded font drops the character from a legal document without any
 * error.
 */
class RareCharacterTest {

  private static final String NAME = "赵喆堃";
  private static final String ADDRESS = "浙江省金华市金东区赟珺路18号彧园小区3幢";
  private static final List<String> RARE = List.of("堃", "喆", "赟", "珺", "彧");

  /** One shown glyph: its character, font, glyph id and whether the glyph has an outline. */
  private record Shown(String text, String font, int gid, boolean outline) {}

  /** Squashed text of a PDF and every glyph it shows. */
  private record Read(String text, List<Shown> shown) {}

  @Test
  void rareNameAndAddressCharactersHaveGlyphsInTheDecision() throws IOException {
    Party person =
        new Party(Party.PartyType.NATURAL_PERSON, NAME, "330703199001011234", null, ADDRESS);
    Read pdf =
        read(
            TestRenderer.get().penaltyDecisionPdf(Samples.decision(person), DecisionVariant.FULL),
            "rare-characters-decision.pdf");
    assertThat(pdf.text()).as("no character dropped").contains("当事人：" + NAME, "住址：" + ADDRESS);
    assertRealSerifGlyphs(pdf.shown());
  }

  @Test
  void rareNameCharactersHaveGlyphsOnTheCaseFileCover() throws IOException {
    CaseFile f = Samples.caseFile();
    String title = NAME + "在赟珺路彧园小区擅自搭建临时建筑案";
    CaseFile rare =
        new CaseFile(
            f.agencyName(),
            f.archiveNumber(),
            f.caseNumber(),
            title,
            NAME,
            f.outcome(),
            f.filedOn(),
            f.closedOn(),
            f.caseOfficers(),
            f.retentionPeriod(),
            f.volume(),
            f.volumes(),
            f.compiledBy(),
            f.checkedBy(),
            f.archivedOn(),
            f.catalog());
    Read pdf = read(TestRenderer.get().caseFileCoverPdf(rare), "rare-characters-cover.pdf");
    assertThat(pdf.text()).as("no character dropped").contains(title, NAME);
    assertRealSerifGlyphs(pdf.shown());
  }

  private static void assertRealSerifGlyphs(List<Shown> shown) {
    for (String c : RARE) {
      assertThat(shown)
          .as("%s shown in the serif face with a real glyph", c)
          .filteredOn(s -> s.text().equals(c))
          .isNotEmpty()
          .allMatch(s -> s.font().contains("NotoSerifSC") && s.gid() != 0 && s.outline());
    }
    assertThat(shown)
        .as("no character of the document falls back to the missing glyph")
        .allMatch(s -> s.gid() != 0, "has a glyph")
        .filteredOn(s -> !s.text().isBlank())
        .allMatch(Shown::outline, "has an outline");
  }

  private static Read read(byte[] pdf, String dumpName) throws IOException {
    Pdfs.dump(pdf, dumpName);
    List<Shown> shown = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition t) {
              shown.add(shown(t));
              super.processTextPosition(t);
            }
          };
      return new Read(Pdfs.squash(stripper.getText(doc)), shown);
    }
  }

  private static Shown shown(TextPosition t) {
    PDType0Font font = (PDType0Font) t.getFont();
    int code = t.getCharacterCodes()[0];
    try {
      int gid = font.codeToGID(code);
      GlyphData glyph =
          ((PDCIDFontType2) font.getDescendantFont()).getTrueTypeFont().getGlyph().getGlyph(gid);
      boolean outline = glyph != null && glyph.getNumberOfContours() != 0 && font.hasGlyph(code);
      return new Shown(t.getUnicode(), font.getName(), gid, outline);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
