package org.gongshi.search.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A document to index: its id and typed values per schema field. Values are strings, except {@link
 * FieldKind#DATE} fields which take {@link LocalDate}. Immutable; build with {@link
 * #builder(String)}.
 */
public final class IndexDocument {

  private final String id;
  private final Map<SchemaField, List<Object>> values;

  private IndexDocument(String id, Map<SchemaField, List<Object>> values) {
    this.id = id;
    this.values = Collections.unmodifiableMap(values);
  }

  /** Starts a document with the given unique id. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  public String id() {
    return id;
  }

  /** All values by field, in insertion order. */
  public Map<SchemaField, List<Object>> values() {
    return values;
  }

  /** The values of one field, empty when absent. */
  public List<Object> get(SchemaField field) {
    return values.getOrDefault(field, List.of());
  }

  @Override
  public String toString() {
    return "IndexDocument[" + id + "]";
  }

  /** Collects values; {@code null} and blank values are skipped. */
  public static final class Builder {
    private final String id;
    private final Map<SchemaField, List<Object>> values = new LinkedHashMap<>();

    private Builder(String id) {
      if (id == null || id.isBlank()) {
        throw new IllegalArgumentException("document id is required");
      }
      this.id = id;
    }

    public Builder add(SchemaField field, Object... items) {
      for (Object item : items) {
        put(field, item);
      }
      return this;
    }

    public Builder addAll(SchemaField field, Collection<?> items) {
      items.forEach(item -> put(field, item));
      return this;
    }

    private void put(SchemaField field, Object item) {
      Objects.requireNonNull(field, "field");
      if (item == null || (item instanceof String s && s.isBlank())) {
        return;
      }
      if (field.kind() == FieldKind.DATE && item instanceof LocalDate == false) {
        throw new IllegalArgumentException(field.fieldName() + " takes a LocalDate");
      }
      Object value = field.kind() == FieldKind.DATE ? item : item.toString();
      values.computeIfAbsent(field, f -> new ArrayList<>()).add(value);
    }

    public IndexDocument build() {
      Map<SchemaField, List<Object>> copy = new LinkedHashMap<>();
      values.forEach((f, v) -> copy.put(f, List.copyOf(v)));
      return new IndexDocument(id, copy);
    }
  }
}
