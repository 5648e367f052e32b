package org.gongshi.catalog.control;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Catalog data that breaks a rule. Carries every problem found, not only the first, so an import
 * can report them all.
 */
public class InvalidCatalogDataException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient List<FieldProblem> problems;

  /** An exception for the given problems (at least one). */
  public InvalidCatalogDataException(List<FieldProblem> problems) {
    super(problems.stream().map(FieldProblem::toString).collect(Collectors.joining("；")));
    this.problems = List.copyOf(problems);
  }

  /** An exception for a single problem. */
  public InvalidCatalogDataException(String field, String message) {
    this(List.of(new FieldProblem(field, message)));
  }

  /** Every problem found, in field order. */
  public List<FieldProblem> problems() {
    return problems;
  }
}
