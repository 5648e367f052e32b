package org.gongshi.catalog.control;

import java.util.List;

/** Normalising and length rules shared by the catalog values. */
final class Texts {

  private Texts() {}

  /** Null to "", line ends to \n, outer whitespace removed. */
  static String clean(String text) {
    if (text == null) {
      return "";
    }
    return text.replace("\r\n", "\n").replace('\r', '\n').strip();
  }

  static void required(List<FieldProblem> problems, String field, String value) {
    if (value.isEmpty()) {
      problems.add(new FieldProblem(field, "必填项“" + field + "”为空"));
    }
  }

  static void maxLength(List<FieldProblem> problems, String field, String value, int max) {
    int length = value.codePointCount(0, value.length());
    if (length > max) {
      problems.add(new FieldProblem(field, "“" + field + "”过长：" + length + " 字，最多 " + max + " 字"));
    }
  }

  static void throwIfAny(List<FieldProblem> problems) {
    if (problems.isEmpty() == false) {
      throw new InvalidCatalogDataException(problems);
    }
  }
}
