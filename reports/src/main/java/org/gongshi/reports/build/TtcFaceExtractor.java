package org.gongshi.reports.build;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Copies one face of a TrueType collection (.ttc) into a standalone .ttf.
 *
 * <p>JasperReports cannot load TTC files, so the committed WenQuanYi Micro Hei TTF was made with
 * this tool from face 0 of {@code /usr/share/fonts/truetype/wqy/wqy-microhei.ttc} (Debian package
 * fonts-wqy-microhei). It is kept to regenerate or swap the font: {@code java -cp target/classes
 * org.gongshi.reports.build.TtcFaceExtractor in.ttc 0 out.ttf}.
 */
public final class TtcFaceExtractor {

  private TtcFaceExtractor() {}

  private record Table(String tag, long checksum, int offset, int length) {}

  /**
   * Entry point.
   *
   * @param args source .ttc, face index, target .ttf
   * @throws IOException on read or write failure
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: TtcFaceExtractor <in.ttc> <face> <out.ttf>");
      System.exit(2);
    }
    byte[] ttf = extract(Files.readAllBytes(Path.of(args[0])), Integer.parseInt(args[1]));
    Files.write(Path.of(args[2]), ttf);
    System.out.println("wrote " + args[2] + " (" + ttf.length + " bytes)");
  }

  /**
   * Extracts one face.
   *
   * @param ttc bytes of the collection
   * @param face zero-based face index
   * @return bytes of a standalone TrueType font
   */
  public static byte[] extract(byte[] ttc, int face) {
    ByteBuffer in = ByteBuffer.wrap(ttc);
    if (in.getInt(0) != 0x74746366) { // 'ttcf'
      throw new IllegalArgumentException("not a TrueType collection");
    }
    int numFonts = in.getInt(8);
    if (face < 0 || face >= numFonts) {
      throw new IllegalArgumentException("face " + face + " of " + numFonts);
    }
    int dir = in.getInt(12 + 4 * face);
    int sfntVersion = in.getInt(dir);
    int numTables = Short.toUnsignedInt(in.getShort(dir + 4));
    List<Table> tables = new ArrayList<>();
    for (int i = 0; i < numTables; i++) {
      int rec = dir + 12 + 16 * i;
      byte[] tag = new byte[4];
      in.get(rec, tag);
      tables.add(
          new Table(
              new String(tag, java.nio.charset.StandardCharsets.US_ASCII),
              Integer.toUnsignedLong(in.getInt(rec + 4)),
              in.getInt(rec + 8),
              in.getInt(rec + 12)));
    }
    tables.sort(Comparator.comparing(Table::tag)); // records must be sorted by tag

    int headerSize = 12 + 16 * numTables;
    int size = headerSize;
    for (Table t : tables) {
      size += pad(t.length());
    }
    ByteBuffer out = ByteBuffer.allocate(size);
    int entrySelector = 31 - Integer.numberOfLeadingZeros(numTables);
    int searchRange = (1 << entrySelector) * 16;
    out.putInt(sfntVersion)
        .putShort((short) numTables)
        .putShort((short) searchRange)
        .putShort((short) entrySelector)
        .putShort((short) (numTables * 16 - searchRange));
    int dataOffset = headerSize;
    int headOffset = -1;
    for (Table t : tables) {
      out.put(t.tag().getBytes(java.nio.charset.StandardCharsets.US_ASCII))
          .putInt((int) t.checksum())
          .putInt(dataOffset)
          .putInt(t.length());
      out.put(dataOffset, ttc, t.offset(), t.length());
      if (t.tag().equals("head")) {
        headOffset = dataOffset;
      }
      dataOffset += pad(t.length());
    }
    if (headOffset >= 0) {
      // checkSumAdjustment = 0xB1B0AFBA - checksum of the whole font (with the field zeroed)
      out.putInt(headOffset + 8, 0);
      long sum = 0;
      for (int i = 0; i < size; i += 4) {
        sum += Integer.toUnsignedLong(out.getInt(i));
      }
      out.putInt(headOffset + 8, (int) (0xB1B0AFBAL - (sum & 0xFFFFFFFFL)));
    }
    return out.array();
  }

  private static int pad(int length) {
    return (length + 3) & ~3;
  }
}
