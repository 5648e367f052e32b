package org.gongshi.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads rendered PDFs back with PDFBox. */
final class Pdfs {

  private Pdfs() {}

  /** Text, embedded fonts checked, optional PDF/A part. */
  record Read(String text, int pages, String pdfaPart, int fonts) {}

  static Read read(byte[] pdf, String dumpName) throws IOException {
    dump(pdf, dumpName);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      int fonts = 0;
      for (PDPage page : doc.getPages()) {
        PDResources res = page.getResources();
        for (COSName name : res.getFontNames()) {
          PDFont font = res.getFont(name);
          assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
          fonts++;
        }
      }
      String part = null;
      PDMetadata meta = doc.getDocumentCatalog().getMetadata();
      if (meta != null) {
        try (InputStream in = meta.exportXMPMetadata()) {
          String xmp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          var m = java.util.regex.Pattern.compile("pdfaid:part(?:>|=\")(\\d)").matcher(xmp);
          part = m.find() ? m.group(1) : null;
        }
      }
      String text = new PDFTextStripper().getText(doc);
      return new Read(text, doc.getNumberOfPages(), part, fonts);
    }
  }

  /** Writes the file under target/rendered for a human look (pdftoppm). */
  static void dump(byte[] bytes, String name) throws IOException {
    Path dir = Path.of("target", "rendered");
    Files.createDirectories(dir);
    Files.write(dir.resolve(name), bytes);
  }

  /**
   * Removes whitespace, as PDF text extraction breaks lines anywhere, and the page numbers (— 2 —)
   * that a paragraph running onto the next page has in its middle.
   */
  static String squash(String s) {
    return s.replaceAll("\\s+", "").replaceAll("—\\d+—", "");
  }
}
