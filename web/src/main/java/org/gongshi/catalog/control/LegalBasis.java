package org.gongshi.catalog.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The legal basis that sets an item (设定依据): the law with its title marks, the article, and the text
 * of the article (may be empty).
 *
 * @param law e.g. 《中华人民共和国城乡规划法》
 * @param article e.g. 第六十四条, 第九十七条第（一）项, 第64条; 第101项 for decisions and catalogues
 * @param text the quoted provision
 */
public record LegalBasis(String law, String article, String text) {

  private static final Pattern LAW = Pattern.compile("《[^《》]+》.*", Pattern.DOTALL);
  private static final Pattern ARTICLE = Pattern.compile("(第.+[条项款]|附件|附表).*", Pattern.DOTALL);

  /** Validates: law and article present and in the usual form. */
  public LegalBasis {
    law = Texts.clean(law);
    article = Texts.clean(article);
    text = Texts.clean(text);
    List<FieldProblem> problems = new ArrayList<>();
    String lawField = ItemField.BASIS_LAW.label();
    String articleField = ItemField.BASIS_ARTICLE.label();
    Texts.required(problems, lawField, law);
    Texts.required(problems, articleField, article);
    if (law.isEmpty() == false && LAW.matcher(law).matches() == false) {
      problems.add(new FieldProblem(lawField, "“" + lawField + "”须带书名号，如《中华人民共和国城乡规划法》"));
    }
    if (article.isEmpty() == false && ARTICLE.matcher(article).matches() == false) {
      problems.add(
          new FieldProblem(articleField, "“" + articleField + "”须写作“第……条”（或决定、目录的“第……项”），如第六十四条"));
    }
    Texts.maxLength(problems, lawField, law, 200);
    Texts.maxLength(problems, articleField, article, 200);
    Texts.maxLength(problems, ItemField.BASIS_TEXT.label(), text, 20_000);
    Texts.throwIfAny(problems);
  }

  /** E.g. {@code 《中华人民共和国城乡规划法》第六十四条}. */
  public String citation() {
    return law + article;
  }
}
