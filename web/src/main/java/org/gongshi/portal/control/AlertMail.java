package org.gongshi.portal.control;

import java.time.LocalDate;
import java.util.List;

/**
 * The words of the alert mails (plain text). Everything comes from the public copy of a decision;
 * the caller passes only published rows.
 */
public final class AlertMail {
  private AlertMail() {}

  /** One published decision as a digest line shows it. */
  public record Line(
      String decisionNumber,
      String agencyName,
      String partyName,
      String violationType,
      LocalDate decidedOn,
      String url) {}

  public static String confirmSubject(String what) {
    return "【行政执法公示】请确认订阅：" + shorten(what);
  }

  public static String confirmBody(
      String what, String frequency, String confirmUrl, String siteName) {
    return "您好：\n\n有人（很可能是您本人）在"
        + siteName
        + "用本邮箱订阅了以下内容的邮件提醒：\n\n    "
        + oneLine(what)
        + "\n    发送频率："
        + frequency
        + "\n\n如确认订阅，请打开下面的链接并点击“确认订阅”：\n"
        + confirmUrl
        + "\n\n如果不是您本人的操作，请忽略本邮件：不确认就不会收到任何提醒，本邮箱也不会被公开。\n";
  }

  public static String digestSubject(String what, int count) {
    return "【行政执法公示】" + shorten(what) + "：" + count + " 件新公示的行政处罚决定";
  }

  public static String digestBody(
      String what, List<Line> lines, String unsubscribeUrl, String siteName) {
    StringBuilder b =
        new StringBuilder("您订阅的“")
            .append(oneLine(what))
            .append("”有 ")
            .append(lines.size())
            .append(" 件新公示的行政处罚决定：\n\n");
    for (Line l : lines) {
      b.append("· ").append(l.decisionNumber()).append('\n');
      b.append("  ").append(nz(l.agencyName()));
      if (l.partyName() != null && !l.partyName().isBlank())
        b.append(" · 当事人 ").append(l.partyName());
      if (l.decidedOn() != null) b.append(" · 决定日期 ").append(l.decidedOn());
      b.append('\n');
      if (l.violationType() != null && !l.violationType().isBlank())
        b.append("  ").append(l.violationType()).append('\n');
      b.append("  ").append(l.url()).append("\n\n");
    }
    return b.append("本邮件由")
        .append(siteName)
        .append("自动发送，内容为已依法隐去个人信息的公示文本。\n退订（一次点击即可，无需登录）：")
        .append(unsubscribeUrl)
        .append('\n')
        .toString();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  /** One line, at most 60 characters: nothing a subscriber typed can break a mail header. */
  static String shorten(String s) {
    String line = oneLine(s);
    return line.length() > 60 ? line.substring(0, 60) + "…" : line;
  }

  /** Control characters (CR, LF, tab…) become spaces. */
  public static String oneLine(String s) {
    if (s == null) return "";
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
    return b.toString().strip();
  }
}
