package org.gongshi.catalog.control;

/**
 * One thing wrong with one field of catalog data.
 *
 * @param field the field's Chinese label, equal to its column header in the import files (see
 *     {@link ItemField} and {@link LevelField})
 * @param message what is wrong, in Chinese, naming the field
 */
public record FieldProblem(String field, String message) {

  @Override
  public String toString() {
    return field + "：" + message;
  }
}
