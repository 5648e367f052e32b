package org.gongshi.disclosure.control;

import java.util.Objects;
import java.util.Set;

/**
 * Local redaction rules, kept as data an administrator can change.
 *
 * @param partyNameStyle how the natural-person party's name is masked (default 张某某)
 * @param personNameStyle how other persons' names are masked (default 李某某)
 * @param maskChar the character that replaces numbers and addresses
 * @param recogniseNames whether to look for persons the case does not list (HanLP)
 * @param stopWords extra words never masked as a name, besides the built-in list
 */
public record RedactionRules(
    NameStyle partyNameStyle,
    NameStyle personNameStyle,
    char maskChar,
    boolean recogniseNames,
    Set<String> stopWords) {

  public RedactionRules {
    Objects.requireNonNull(partyNameStyle, "partyNameStyle");
    Objects.requireNonNull(personNameStyle, "personNameStyle");
    stopWords = Set.copyOf(stopWords);
  }

  /** 张某某 for every name, '*' for numbers, names recognised. */
  public static RedactionRules defaults() {
    return new RedactionRules(NameStyle.FIRST_CHAR, NameStyle.FIRST_CHAR, '*', true, Set.of());
  }

  /** The same rules with another style for the party's name. */
  public RedactionRules withPartyNameStyle(NameStyle style) {
    return new RedactionRules(style, personNameStyle, maskChar, recogniseNames, stopWords);
  }

  /** The same rules with another style for other persons' names. */
  public RedactionRules withPersonNameStyle(NameStyle style) {
    return new RedactionRules(partyNameStyle, style, maskChar, recogniseNames, stopWords);
  }

  /** The same rules with name recognition on or off. */
  public RedactionRules withNameRecognition(boolean on) {
    return new RedactionRules(partyNameStyle, personNameStyle, maskChar, on, stopWords);
  }

  /** The same rules with extra stop words. */
  public RedactionRules withStopWords(Set<String> words) {
    return new RedactionRules(partyNameStyle, personNameStyle, maskChar, recogniseNames, words);
  }

  String mask(int length) {
    return String.valueOf(maskChar).repeat(length);
  }
}
