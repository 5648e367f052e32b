package org.gongshi.catalog.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where the public reports misconduct in exercising an item (监督渠道).
 *
 * @param phone a landline with area code (0579-82123456, (0579)82123456, extension -801 allowed), a
 *     mobile number, a 5-digit 12xxx hotline with or without area code, or a 400 number
 * @param address the postal address; may be empty
 */
public record SupervisionChannel(String phone, String address) {

  private static final Pattern PHONE =
      Pattern.compile(
          "1[3-9]\\d{9}"
              + "|(0\\d{2,3}-?|\\(0\\d{2,3}\\)|（0\\d{2,3}）)?(\\d{7,8}(-\\d{1,6})?|12\\d{3})"
              + "|400-?\\d{3}-?\\d{4}");

  /** Validates the phone format. */
  public SupervisionChannel {
    phone = Texts.clean(phone);
    address = Texts.clean(address);
    List<FieldProblem> problems = new ArrayList<>();
    String field = ItemField.PHONE.label();
    Texts.required(problems, field, phone);
    if (phone.isEmpty() == false && isPhone(phone) == false) {
      problems.add(
          new FieldProblem(
              field, "“" + field + "”格式不对：" + phone + "（应如 0579-82123456、13912345678 或 12345）"));
    }
    Texts.maxLength(problems, ItemField.ADDRESS.label(), address, 200);
    Texts.throwIfAny(problems);
  }

  /** Whether the text is a phone number in an accepted form. */
  public static boolean isPhone(String text) {
    return PHONE.matcher(text).matches();
  }
}
