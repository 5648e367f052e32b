package org.gongshi.portal.control;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An e-mail address a member of the public typed for an alert: exactly one plain mailbox
 * (local@domain.tld), no display name, no list, no line break or other control character, so it can
 * never add a header or a second recipient to a mail.
 */
public final class AlertAddress {
  private AlertAddress() {}

  public static final int MAX_LENGTH = 254;
  private static final Pattern PLAIN =
      Pattern.compile(
          "[A-Za-z0-9._%+\\-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9\\-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9\\-]*[A-Za-z0-9])?)+");

  /** The address as stored (domain in lower case), or why it is refused (Chinese, for the page). */
  public static Result check(String typed) {
    if (typed == null || typed.isBlank()) return Result.refused("请填写电子邮箱");
    String s = typed.strip();
    if (s.length() > MAX_LENGTH) return Result.refused("电子邮箱过长：最多 " + MAX_LENGTH + " 个字符");
    if (s.chars().anyMatch(c -> c < 0x20 || c == 0x7f))
      return Result.refused("电子邮箱不能含换行或其他控制字符，请只填写一个邮箱地址");
    if (!PLAIN.matcher(s).matches())
      return Result.refused("电子邮箱格式不正确：请只填写一个地址，形如 name@example.com（不含姓名、逗号或空格）");
    try {
      InternetAddress a = new InternetAddress(s, true);
      a.validate();
    } catch (AddressException e) {
      return Result.refused("电子邮箱格式不正确：请只填写一个地址，形如 name@example.com");
    }
    int at = s.lastIndexOf('@');
    return new Result(
        Optional.of(s.substring(0, at) + s.substring(at).toLowerCase(Locale.ROOT)), null);
  }

  /** An accepted address, or the reason it was refused. */
  public record Result(Optional<String> address, String problem) {
    static Result refused(String why) {
      return new Result(Optional.empty(), why);
    }
  }
}
