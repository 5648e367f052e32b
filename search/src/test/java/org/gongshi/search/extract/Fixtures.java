package org.gongshi.search.extract;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.ofdrw.layout.OFDDoc;
import org.ofdrw.layout.element.Paragraph;

/** Builds real test files in memory: DOCX, PDF (CJK font), OFD, GB18030 text, images. */
final class Fixtures {

  static final Path CJK_TTC = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

  private Fixtures() {}

  static byte[] docx(String... paragraphs) {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String p : paragraphs) {
        doc.createParagraph().createRun().setText(p);
      }
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] pdf(String text, String userPassword) {
    try (PDDocument doc = new PDDocument();
        TrueTypeCollection ttc = new TrueTypeCollection(CJK_TTC.toFile())) {
      AtomicReference<TrueTypeFont> face = new AtomicReference<>();
      ttc.processAllFonts(f -> face.compareAndSet(null, f));
      PDType0Font font = PDType0Font.load(doc, face.get(), true);
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(font, 12);
        cs.newLineAtOffset(50, 780);
        cs.showText(text);
        cs.endText();
      }
      if (userPassword != null) {
        StandardProtectionPolicy policy =
            new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission());
        policy.setEncryptionKeyLength(128);
        doc.protect(policy);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A PDF whose fonts lost their ToUnicode maps: the text layer is unreadable, OCR can read it. */
  static byte[] pdfWithoutToUnicode(String text) {
    try (PDDocument doc = Loader.loadPDF(pdf(text, null))) {
      PDResources resources = doc.getPage(0).getResources();
      for (COSName name : resources.getFontNames()) {
        resources.getFont(name).getCOSObject().removeItem(COSName.TO_UNICODE);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A PDF whose only content is a picture of the text: needs OCR. */
  static byte[] imageOnlyPdf(String text) {
    try (PDDocument doc = new PDDocument()) {
      BufferedImage image = textImage(text);
      // Page size chosen so that a 300 dpi rendering gives back the original pixels.
      float w = image.getWidth() * 72f / 300f;
      float h = image.getHeight() * 72f / 300f;
      PDPage page = new PDPage(new PDRectangle(w, h));
      doc.addPage(page);
      PDImageXObject x = LosslessFactory.createFromImage(doc, image);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.drawImage(x, 0, 0, w, h);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] ofd(Path dir, String text) {
    try {
      Path file = dir.resolve("fixture-" + System.nanoTime() + ".ofd");
      try (OFDDoc ofd = new OFDDoc(file)) {
        Paragraph p = new Paragraph(text, 4d);
        p.setWidth(60d); // narrow: the text wraps over several lines
        ofd.add(p);
      }
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] gb18030(String text) {
    return text.getBytes(Charset.forName("GB18030"));
  }

  static byte[] png(String text) {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ImageIO.write(textImage(text), "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static BufferedImage textImage(String text) {
    try {
      Font font = Font.createFonts(new File(CJK_TTC.toString()))[0].deriveFont(48f);
      BufferedImage image =
          new BufferedImage(80 + 52 * text.length(), 120, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = image.createGraphics();
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.BLACK);
      g.setFont(font);
      g.drawString(text, 40, 78);
      g.dispose();
      return image;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A minimal PE header: "MZ", e_lfanew = 0x80, "PE\0\0" at 0x80. */
  static byte[] peExecutable() {
    byte[] b = new byte[512];
    b[0] = 'M';
    b[1] = 'Z';
    b[0x3c] = (byte) 0x80;
    b[0x80] = 'P';
    b[0x81] = 'E';
    return b;
  }
}
