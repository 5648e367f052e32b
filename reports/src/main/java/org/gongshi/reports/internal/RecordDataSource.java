package org.gongshi.reports.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRRewindableDataSource;

/**
 * Data source over a list of records: a JRXML field named {@code x} reads component {@code x()} (or
 * a public no-argument method {@code x()} of the record, for derived values).
 * (JRBeanCollectionDataSource looks for getX() and does not see record accessors.)
 */
public final class RecordDataSource implements JRRewindableDataSource {

  private static final ClassValue<Map<String, MethodHandle>> ACCESSORS =
      new ClassValue<>() {
        @Override
        protected Map<String, MethodHandle> computeValue(Class<?> type) {
          if (!type.isRecord()) {
            throw new IllegalArgumentException(type + " is not a record");
          }
          Map<String, MethodHandle> map = new HashMap<>();
          MethodHandles.Lookup lookup = MethodHandles.publicLookup();
          try {
            for (RecordComponent c : type.getRecordComponents()) {
              map.put(c.getName(), lookup.unreflect(c.getAccessor()));
            }
            // derived values: public no-argument instance methods declared by the record
            for (Method m : type.getDeclaredMethods()) {
              if (Modifier.isPublic(m.getModifiers())
                  && !Modifier.isStatic(m.getModifiers())
                  && m.getParameterCount() == 0
                  && m.getReturnType() != void.class) {
                map.putIfAbsent(m.getName(), lookup.unreflect(m));
              }
            }
          } catch (IllegalAccessException e) {
            throw new IllegalStateException("record " + type + " must be public", e);
          }
          return map;
        }
      };

  private final List<?> rows;
  private Iterator<?> iterator;
  private Object current;

  /**
   * @param rows records, all of public record types
   */
  public RecordDataSource(List<?> rows) {
    this.rows = rows;
    this.iterator = rows.iterator();
  }

  @Override
  public boolean next() {
    if (iterator.hasNext()) {
      current = iterator.next();
      return true;
    }
    return false;
  }

  @Override
  public Object getFieldValue(JRField field) throws JRException {
    MethodHandle accessor = ACCESSORS.get(current.getClass()).get(field.getName());
    if (accessor == null) {
      throw new JRException(
          "no component " + field.getName() + " in " + current.getClass().getName());
    }
    try {
      return accessor.invoke(current);
    } catch (Throwable e) {
      throw new JRException("cannot read " + field.getName(), e);
    }
  }

  @Override
  public void moveFirst() {
    iterator = rows.iterator();
    current = null;
  }
}
