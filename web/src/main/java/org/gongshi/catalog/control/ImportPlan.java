package org.gongshi.catalog.control;

import java.util.List;

/**
 * The versions a whole-catalog import would create, from {@link CatalogVersions#planImport}.
 * All-or-nothing: {@link #versions()} is empty whenever there is a problem.
 *
 * @param versions the new versions to store, in code order
 * @param added items new to the list (or listed again after a withdrawal)
 * @param changed items whose content changed
 * @param withdrawn items missing from the file and withdrawn
 * @param unchanged items identical to the version in force, which get no new version
 * @param problems why the plan cannot be carried out, each naming the item code
 */
public record ImportPlan(
    List<ItemVersion> versions,
    int added,
    int changed,
    int withdrawn,
    int unchanged,
    List<FieldProblem> problems) {

  /** Drops the versions when there are problems. */
  public ImportPlan {
    problems = List.copyOf(problems);
    versions = problems.isEmpty() ? List.copyOf(versions) : List.of();
  }

  /** One line in Chinese for the confirmation page. */
  public String summary() {
    if (problems.isEmpty() == false) {
      return "发现 " + problems.size() + " 个问题，未生成任何版本";
    }
    return "新增 " + added + " 项，变更 " + changed + " 项，取消 " + withdrawn + " 项，未变 " + unchanged + " 项";
  }
}
