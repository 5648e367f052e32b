package org.gongshi.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.gongshi.reports.model.Party;
import org.junit.jupiter.api.Test;

/**
 * Name characters beyond GB 2312 (堃, 喆, 赟, 珺, 彧 are common in given names) print in the serif face:
 * a glyph missing from the embedded font would leave a blank or drop the character from a legal
 * document without any error.
 */
class RareCharacterTest {

  private static final String NAME = "赵喆堃";
  private static final String ADDRESS = "浙江省金华市金东区赟珺路18号彧园小区3幢";

  /** One shown glyph: its character, font, code and glyph id in the embedded font. */
  private record Shown(String text, String font, int code, int gid, boolean outline) {}

  @Test
  void rareNameAndAddressCharactersHaveGlyphsInTheEmbeddedSerifFace() throws IOException {
    Party person =
        new Party(Party.PartyType.NATURAL_PERSON, NAME, "330703199001011234", null, ADDRESS);
    byte[] pdf =
        TestRenderer.get().penaltyDecisionPdf(Samples.decision(person), DecisionVariant.FULL);
    Pdfs.dump(pdf, "rare-characters-decision.pdf");
    List<Shown> shown = new ArrayList<>();
    String text;
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition t) {
              shown.add(shown(t));
              super.processTextPosition(t);
            }
          };
      text = Pdfs.squash(stripper.getText(doc));
    }
    assertThat(text).as("no character dropped").contains("当事人：" + NAME, "住址：" + ADDRESS);
    for (String c : List.of("堃", "喆", "赟", "珺", "彧")) {
      assertThat(shown)
          .as("%s shown in the serif face with a real glyph", c)
          .filteredOn(s -> s.text().equals(c))
          .isNotEmpty()
          .allMatch(s -> s.font().contains("NotoSerifSC") && s.gid() != 0 && s.outline());
    }
    assertThat(shown)
        .as("no character of the decision falls back to the missing glyph")
        .allMatch(s -> s.gid() != 0, "has a glyph")
        .filteredOn(s -> !s.text().isBlank())
        .allMatch(Shown::outline, "has an outline");
  }

  private static Shown shown(TextPosition t) {
    PDType0Font font = (PDType0Font) t.getFont();
    int code = t.getCharacterCodes()[0];
    try {
      int gid = font.codeToGID(code);
      GlyphData glyph =
          ((PDCIDFontType2) font.getDescendantFont()).getTrueTypeFont().getGlyph().getGlyph(gid);
      boolean outline = glyph != null && glyph.getNumberOfContours() != 0;
      return new Shown(t.getUnicode(), font.getName(), code, gid, outline && font.hasGlyph(code));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
