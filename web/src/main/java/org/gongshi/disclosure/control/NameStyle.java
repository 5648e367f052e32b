package org.gongshi.disclosure.control;

/** How a masked person's name is written in the public text (a local rule). */
public enum NameStyle {
  /** First character + 某某: 张三丰 → 张某某, 欧阳娜娜 → 欧某某. */
  FIRST_CHAR("张某某"),
  /** First character + 某: 张三丰 → 张某. */
  FIRST_CHAR_SHORT("张某"),
  /** Surname + 某某, compound surnames kept whole: 欧阳娜娜 → 欧阳某某. */
  SURNAME("欧阳某某（复姓保留）"),
  /** Only 某某. */
  FULL("某某");

  /** How the style looks, for the settings page. */
  public final String example;

  NameStyle(String example) {
    this.example = example;
  }

  /** The style of that name, or null when there is none. */
  public static NameStyle of(String name) {
    for (NameStyle s : values()) if (s.name().equals(name)) return s;
    return null;
  }

  /** The replacement for the name. */
  public String mask(String name) {
    return switch (this) {
      case FIRST_CHAR -> name.substring(0, name.offsetByCodePoints(0, 1)) + "某某";
      case FIRST_CHAR_SHORT -> name.substring(0, name.offsetByCodePoints(0, 1)) + "某";
      case SURNAME -> ChineseNames.surnameOf(name) + "某某";
      case FULL -> "某某";
    };
  }
}
