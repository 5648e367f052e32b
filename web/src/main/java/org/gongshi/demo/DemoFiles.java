package org.gongshi.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/** Real DOCX and PDF files for the demo cases. */
final class DemoFiles {
  private DemoFiles() {}

  static byte[] docx(String title, String text) {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XWPFParagraph h = doc.createParagraph();
      var r = h.createRun();
      r.setBold(true);
      r.setFontSize(18);
      r.setText(title);
      for (String line : text.split("\n")) doc.createParagraph().createRun().setText(line);
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] pdf(String title, String text) {
    return DemoPdf.render(title, text);
  }
}
