package org.gongshi.security;

/** The rule a new password must meet, stated to the user in these words. */
public final class PasswordRule {
  private PasswordRule() {}

  public static final String TEXT = "新密码须为 10 至 64 个字符，同时包含字母和数字，且不得包含用户名";

  /** Null when the password meets the rule, else the rule. */
  public static String violation(String username, String password) {
    if (password == null || password.length() < 10 || password.length() > 64) return TEXT;
    boolean letter = password.chars().anyMatch(Character::isLetter);
    boolean digit = password.chars().anyMatch(Character::isDigit);
    if (!letter || !digit) return TEXT;
    if (password.chars().anyMatch(Character::isISOControl)) return TEXT;
    if (username != null
        && !username.isBlank()
        && password
            .toLowerCase(java.util.Locale.ROOT)
            .contains(username.strip().toLowerCase(java.util.Locale.ROOT))) return TEXT;
    return null;
  }
}
