package org.gongshi.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** A simple Chinese PDF (PDFBox, the reports module's embedded CJK font) for demo evidence. */
final class DemoPdf {
  static final String FONT = "/org/gongshi/reports/fonts/wqy-microhei.ttf";

  private DemoPdf() {}

  static byte[] render(String title, String text) {
    try (PDDocument doc = new PDDocument();
        InputStream font = DemoPdf.class.getResourceAsStream(FONT)) {
      if (font == null)
        throw new IllegalStateException("CJK font missing from the reports module: " + FONT);
      PDType0Font f = PDType0Font.load(doc, font, true);
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(f, 18);
        cs.newLineAtOffset(72, 770);
        cs.showText(title);
        cs.setFont(f, 11);
        cs.setLeading(18);
        cs.newLine();
        cs.newLine();
        for (String line : wrap(text, 38)) {
          cs.showText(line);
          cs.newLine();
        }
        cs.endText();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    for (String para : text.split("\n")) {
      if (para.isEmpty()) {
        lines.add("");
        continue;
      }
      for (int i = 0; i < para.length(); i += width)
        lines.add(para.substring(i, Math.min(para.length(), i + width)));
    }
    return lines;
  }
}
