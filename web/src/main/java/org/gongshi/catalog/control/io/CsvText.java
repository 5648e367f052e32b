package org.gongshi.catalog.control.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of an uploaded CSV file, or why it is refused: only UTF-8 (BOM optional) is accepted;
 * GBK/GB18030, UTF-16, broken bytes, binary and Excel files get a Chinese message with the line.
 *
 * @param text the decoded text without BOM, or null when refused
 * @param problem why the file is refused, or null
 */
record CsvText(String text, RowProblem problem) {

  static CsvText decode(byte[] bytes) {
    String text;
    String refusal = sniffNotCsv(bytes);
    if (refusal != null) {
      return refused(RowProblem.ofFile(refusal));
    }
    int start = hasUtf8Bom(bytes) ? 3 : 0;
    try {
      text = decodeUtf8(bytes, start);
    } catch (MalformedAt e) {
      return refused(new RowProblem(e.line, "", notUtf8Message(bytes, start)));
    }
    int replacement = text.indexOf('\uFFFD');
    if (replacement >= 0) {
      return refused(
          new RowProblem(
              lineOf(text, replacement), "", "文件含有乱码字符“\uFFFD”，编码在此前的转换中已损坏，请从原始文件重新导出为 UTF-8"));
    }
    if (text.indexOf('\0') >= 0) {
      return refused(RowProblem.ofFile("文件含有二进制内容，不是 CSV 文本文件"));
    }
    return new CsvText(text, null);
  }

  private static CsvText refused(RowProblem problem) {
    return new CsvText(null, problem);
  }

  private static String sniffNotCsv(byte[] b) {
    if (startsWith(b, 0x50, 0x4B, 0x03, 0x04)) {
      return "这是 XLSX（ZIP）文件，不是 CSV。请按 XLSX 导入，或把扩展名改为 .xlsx";
    }
    if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
      return "这是旧版 Excel（.xls）文件，不是 CSV。请另存为“CSV UTF-8（逗号分隔）”或 .xlsx";
    }
    if (startsWith(b, 0xFF, 0xFE) || startsWith(b, 0xFE, 0xFF)) {
      return "文件是 UTF-16 编码（Excel 的“Unicode 文本”），不是 UTF-8。请另存为“CSV UTF-8（逗号分隔）”";
    }
    if (b.length == 0) {
      return "文件为空";
    }
    return null;
  }

  private static boolean hasUtf8Bom(byte[] b) {
    return startsWith(b, 0xEF, 0xBB, 0xBF);
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** Strict UTF-8 decoding; on a bad byte, its line (counting \n) is thrown. */
  private static String decodeUtf8(byte[] bytes, int start) throws MalformedAt {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length - start + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError() == false) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw new MalformedAt(lineOf(bytes, start, in.position()));
    }
    return out.flip().toString();
  }

  private static String notUtf8Message(byte[] bytes, int start) {
    boolean gbk;
    try {
      String gb =
          Charset.forName("GB18030")
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
              .toString();
      gbk =
          gb.codePoints()
              .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    } catch (CharacterCodingException e) {
      gbk = false;
    }
    String head = "文件不是 UTF-8 编码";
    return gbk
        ? head + "，看起来是 GBK/GB18030（Excel 默认的“CSV（逗号分隔）”）。请另存为“CSV UTF-8（逗号分隔）”后重新导入"
        : head + "，该行含有无法识别的字节，文件可能已损坏。请从原始文件重新导出为 UTF-8 的 CSV 或 XLSX";
  }

  private static int lineOf(byte[] bytes, int from, int to) {
    int line = 1;
    for (int i = from; i < to; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  private static int lineOf(String text, int index) {
    return (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
  }

  /** Where strict decoding failed. */
  private static final class MalformedAt extends Exception {
    private static final long serialVersionUID = 1L;
    final int line;

    MalformedAt(int line) {
      super(null, null, false, false);
      this.line = line;
    }
  }
}
