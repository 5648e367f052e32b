package org.gongshi.platform;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a record's components as properties ({@code #{h.number}} for {@code record Hit(String
 * number)}), as Jakarta EL 6 does; WildFly 39 ships EL 5, where only {@code #{h.number()}} works.
 * That method call looks the method up anew on every evaluation (it copies {@code
 * Class.getMethods()}); this resolver finds each record's accessors once.
 */
public final class RecordElResolver extends ELResolver {
  private static final ClassValue<Map<String, MethodHandle>> ACCESSORS =
      new ClassValue<>() {
        @Override
        protected Map<String, MethodHandle> computeValue(Class<?> type) {
          Map<String, MethodHandle> accessors = new HashMap<>();
          if (!type.isRecord()) return accessors;
          for (RecordComponent c : type.getRecordComponents()) {
            try {
              accessors.put(
                  c.getName(),
                  MethodHandles.publicLookup()
                      .unreflect(c.getAccessor())
                      .asType(MethodType.methodType(Object.class, Object.class)));
            } catch (IllegalAccessException e) {
              return Map.of(); // not public: left to EL's own method calls
            }
          }
          return Map.copyOf(accessors);
        }
      };

  private static MethodHandle accessor(Object base, Object property) {
    if (base == null || !(property instanceof String name)) return null;
    return ACCESSORS.get(base.getClass()).get(name);
  }

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    MethodHandle accessor = accessor(base, property);
    if (accessor == null) return null;
    context.setPropertyResolved(base, property);
    try {
      return accessor.invokeExact(base);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new ELException(e);
    }
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    if (accessor(base, property) == null) return null;
    context.setPropertyResolved(base, property);
    return null; // read-only
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    if (accessor(base, property) == null) return;
    context.setPropertyResolved(base, property);
    throw new PropertyNotWritableException(
        base.getClass().getSimpleName() + "." + property + " is a record component");
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    if (accessor(base, property) == null) return false;
    context.setPropertyResolved(base, property);
    return true;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return base != null && base.getClass().isRecord() ? String.class : null;
  }
}
