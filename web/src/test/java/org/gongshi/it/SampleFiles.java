package org.gongshi.it;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.ofdrw.layout.OFDDoc;
import org.ofdrw.layout.element.Paragraph;

/** Real files of every allowed type, made in memory for the tests. */
public final class SampleFiles {
  private SampleFiles() {}

  public static byte[] docx(String text) {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText(text);
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] pdf(String text) {
    try (PDDocument doc = new PDDocument();
        InputStream font =
            SampleFiles.class.getResourceAsStream("/org/gongshi/reports/fonts/wqy-microhei.ttf")) {
      PDType0Font f = PDType0Font.load(doc, font, true);
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(f, 14);
        cs.newLineAtOffset(60, 700);
        cs.showText(text);
        cs.endText();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] ofd(String text) {
    try {
      Path file = Files.createTempFile("sample", ".ofd");
      try (OFDDoc ofd = new OFDDoc(file)) {
        ofd.add(new Paragraph(text, 4d));
      }
      byte[] bytes = Files.readAllBytes(file);
      Files.delete(file);
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] xlsx(String text) {
    return workbook(new XSSFWorkbook(), text);
  }

  public static byte[] xls(String text) {
    return workbook(new HSSFWorkbook(), text);
  }

  private static byte[] workbook(Workbook wb, String text) {
    try (wb;
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      wb.createSheet("罚没款").createRow(0).createCell(0).setCellValue(text);
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] txt(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  public static byte[] image(String format) {
    BufferedImage img = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 64, 48);
    g.setColor(Color.RED);
    g.fillOval(8, 8, 30, 30);
    g.dispose();
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      if (!ImageIO.write(img, format, out))
        throw new IllegalStateException("no writer for " + format);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] wav() {
    byte[] pcm = new byte[8000];
    for (int i = 0; i < pcm.length; i++) pcm[i] = (byte) (Math.sin(i / 4.0) * 60);
    AudioFormat fmt = new AudioFormat(8000, 8, 1, true, false);
    try (AudioInputStream in =
            new AudioInputStream(new ByteArrayInputStream(pcm), fmt, pcm.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      AudioSystem.write(in, AudioFileFormat.Type.WAVE, out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An ID3v2 tag followed by silent MPEG-1 Layer III frames. */
  public static byte[] mp3() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {'I', 'D', '3', 3, 0, 0, 0, 0, 0, 0});
    byte[] frame = new byte[417]; // 128 kbit/s, 44.1 kHz
    frame[0] = (byte) 0xFF;
    frame[1] = (byte) 0xFB;
    frame[2] = (byte) 0x90;
    frame[3] = (byte) 0x64;
    for (int i = 0; i < 20; i++) out.writeBytes(frame);
    return out.toByteArray();
  }

  /** A minimal ISO base media file: ftyp + an empty moov box. */
  public static byte[] mp4() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(
        new byte[] {
          0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0, 'i', 's', 'o', 'm',
          'm', 'p', '4', '1'
        });
    out.writeBytes(new byte[] {0, 0, 0, 8, 'm', 'o', 'o', 'v'});
    out.writeBytes(new byte[] {0, 0, 0, 8, 'f', 'r', 'e', 'e'});
    return out.toByteArray();
  }

  /** The start of a Windows executable (MZ header pointing at a PE signature). */
  public static byte[] exe() {
    byte[] b = new byte[1024];
    b[0] = 'M';
    b[1] = 'Z';
    b[0x3c] = (byte) 0x80;
    b[0x80] = 'P';
    b[0x81] = 'E';
    for (int i = 0x98; i < 1024; i++) b[i] = (byte) (i * 31);
    return b;
  }
}
