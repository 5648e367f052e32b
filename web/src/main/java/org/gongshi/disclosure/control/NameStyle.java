package org.gongshi.disclosure.control;

/** How a masked person's name is written in the public text (a local rule). */
public enum NameStyle {
  /** First character + 某某: 张三丰 → 张某某, 欧阳娜娜 → 欧某某. */
  FIRST_CHAR,
  /** Surname + 某某, compound surnames kept whole: 欧阳娜娜 → 欧阳某某. */
  SURNAME,
  /** Only 某某. */
  FULL;

  /** The replacement for the name. */
  public String mask(String name) {
    return switch (this) {
      case FIRST_CHAR -> name.substring(0, name.offsetByCodePoints(0, 1)) + "某某";
      case SURNAME -> ChineseNames.surnameOf(name) + "某某";
      case FULL -> "某某";
    };
  }
}
