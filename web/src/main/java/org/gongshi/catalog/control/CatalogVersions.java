package org.gongshi.catalog.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The versions of a set of catalog items, answering which version was in force on a date, which
 * items made up the list on a date, and how an item changed. Immutable; {@link #next} checks a new
 * version before it is stored and {@link #with} returns the versions including it.
 *
 * <p>A version is in force from its effective date until the day before the next version's.
 * Versions of one item have strictly increasing effective dates.
 */
public final class CatalogVersions {

  private final Map<String, List<ItemVersion>> byCode;

  private CatalogVersions(Map<String, List<ItemVersion>> byCode) {
    this.byCode = byCode;
  }

  /** The versions given, in any order; refuses two versions of an item on one date. */
  public static CatalogVersions of(Collection<ItemVersion> versions) {
    Map<String, List<ItemVersion>> map = new TreeMap<>();
    for (ItemVersion v : versions) {
      map.computeIfAbsent(v.code(), c -> new ArrayList<>()).add(v);
    }
    for (List<ItemVersion> list : map.values()) {
      list.sort(Comparator.comparing(ItemVersion::effectiveFrom));
      for (int i = 1; i < list.size(); i++) {
        if (list.get(i).effectiveFrom().equals(list.get(i - 1).effectiveFrom())) {
          throw new InvalidCatalogDataException(
              ItemVersion.EFFECTIVE_FROM,
              "事项 " + list.get(i).code() + " 有两个版本在同一天 " + list.get(i).effectiveFrom() + " 生效");
        }
      }
    }
    map.replaceAll((code, list) -> List.copyOf(list));
    return new CatalogVersions(map);
  }

  /** No versions at all. */
  public static CatalogVersions empty() {
    return new CatalogVersions(new TreeMap<>());
  }

  /**
   * The version of the item in force on the date; empty before its first version or once withdrawn.
   */
  public Optional<ItemVersion> inForce(String code, LocalDate date) {
    ItemVersion found = null;
    for (ItemVersion v : history(code)) {
      if (v.effectiveFrom().isAfter(date)) {
        break;
      }
      found = v;
    }
    return Optional.ofNullable(found).filter(v -> v.withdrawn() == false);
  }

  /** The whole list in force on the date, ordered by code. */
  public List<ItemVersion> listOn(LocalDate date) {
    return listOn(date, byCode.keySet());
  }

  /**
   * The versions in force on the date for the given items, ordered by code; absent ones omitted.
   */
  public List<ItemVersion> listOn(LocalDate date, Collection<String> codes) {
    return codes.stream()
        .distinct()
        .sorted()
        .map(code -> inForce(code, date))
        .flatMap(Optional::stream)
        .toList();
  }

  /** Every version of the item, oldest first; empty for an unknown code. */
  public List<ItemVersion> history(String code) {
    return byCode.getOrDefault(code, List.of());
  }

  /** The latest version of the item, whatever its date. */
  public Optional<ItemVersion> latest(String code) {
    List<ItemVersion> h = history(code);
    return h.isEmpty() ? Optional.empty() : Optional.of(h.get(h.size() - 1));
  }

  /**
   * Checks and numbers a new version of the item. Refused (with a Chinese message) when the date is
   * not after the latest version's, when it changes nothing, or when it withdraws an item that is
   * not in the list.
   *
   * @param data the new content, or null to withdraw the item
   */
  public ItemVersion next(
      String code, LocalDate effectiveFrom, String reason, CatalogItemData data) {
    Optional<ItemVersion> last = latest(code);
    if (last.isPresent()
        && effectiveFrom != null
        && effectiveFrom.isAfter(last.get().effectiveFrom()) == false) {
      throw new InvalidCatalogDataException(
          ItemVersion.EFFECTIVE_FROM,
          "新版本生效日期 "
              + effectiveFrom
              + " 须晚于上一版本（第 "
              + last.get().number()
              + " 版）的生效日期 "
              + last.get().effectiveFrom());
    }
    CatalogItemData lastData = last.map(ItemVersion::data).orElse(null);
    if (data == null && lastData == null) {
      throw new InvalidCatalogDataException(ItemField.CODE.label(), "事项 " + code + " 不在清单中，无法取消");
    }
    if (data != null && data.equals(lastData)) {
      throw new InvalidCatalogDataException(
          ItemField.CODE.label(), "事项 " + code + " 的新版本与现行版本内容相同");
    }
    return new ItemVersion(
        code, last.map(v -> v.number() + 1).orElse(1), effectiveFrom, reason, data);
  }

  /** These versions plus one made by {@link #next}. */
  public CatalogVersions with(ItemVersion version) {
    List<ItemVersion> all = new ArrayList<>();
    byCode.values().forEach(all::addAll);
    all.add(version);
    return of(all);
  }

  /**
   * The versions that importing a whole catalog would create, all with one effective date and
   * reason: a version for each new or changed item, none for an unchanged one, and, when {@code
   * withdrawMissing}, a withdrawal for each item in force here but absent from the file. These
   * versions should be the catalog of the same enforcement unit(s) as the file.
   */
  public ImportPlan planImport(
      List<CatalogItemData> items,
      LocalDate effectiveFrom,
      String reason,
      boolean withdrawMissing) {
    List<ItemVersion> created = new ArrayList<>();
    List<FieldProblem> problems = new ArrayList<>();
    Set<String> inFile = new HashSet<>();
    int added = 0;
    int changed = 0;
    int unchanged = 0;
    for (CatalogItemData item : items) {
      if (inFile.add(item.code()) == false) {
        problems.add(new FieldProblem(ItemField.CODE.label(), "事项 " + item.code() + " 在导入清单中重复"));
        continue;
      }
      Optional<ItemVersion> last = latest(item.code()).filter(v -> v.withdrawn() == false);
      if (last.isPresent() && last.get().data().equals(item)) {
        unchanged++;
      } else if (plan(created, problems, item.code(), effectiveFrom, reason, item)) {
        added += last.isEmpty() ? 1 : 0;
        changed += last.isPresent() ? 1 : 0;
      }
    }
    int withdrawn = 0;
    if (withdrawMissing) {
      for (String code : byCode.keySet()) {
        boolean listed = latest(code).filter(v -> v.withdrawn() == false).isPresent();
        if (listed
            && inFile.contains(code) == false
            && plan(created, problems, code, effectiveFrom, reason, null)) {
          withdrawn++;
        }
      }
    }
    created.sort(Comparator.comparing(ItemVersion::code));
    return new ImportPlan(created, added, changed, withdrawn, unchanged, problems);
  }

  private boolean plan(
      List<ItemVersion> created,
      List<FieldProblem> problems,
      String code,
      LocalDate effectiveFrom,
      String reason,
      CatalogItemData data) {
    try {
      created.add(next(code, effectiveFrom, reason, data));
      return true;
    } catch (InvalidCatalogDataException e) {
      e.problems()
          .forEach(
              p -> problems.add(new FieldProblem(p.field(), "事项 " + code + "：" + p.message())));
      return false;
    }
  }
}
