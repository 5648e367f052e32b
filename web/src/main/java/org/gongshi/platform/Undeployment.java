package org.gongshi.platform;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Takes back, when the application stops, what its libraries registered with the JVM itself: a JVM
 * shutdown hook added by a class of the application (Tika's external-process parser adds one the
 * first time it is loaded, to kill tesseract at JVM exit) holds that class, hence the application's
 * class loader and every class and static of it, until the JVM exits. Each redeployment would leave
 * one more copy of the application in memory.
 *
 * <p>The hook is run now, as the application's end is what it waits for, then removed. Finding the
 * hooks needs reflective access to {@code java.lang} (WildFly's launch scripts open it); without it
 * a warning says the memory stays pinned until restart.
 */
@WebListener
public class Undeployment implements ServletContextListener {
  private static final Logger LOG = Logger.getLogger(Undeployment.class.getName());

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    releaseShutdownHooks(Undeployment.class.getClassLoader());
  }

  /**
   * Runs and removes every JVM shutdown hook whose code was loaded by {@code loader} (or a loader
   * below it).
   */
  static int releaseShutdownHooks(ClassLoader loader) {
    List<Thread> hooks;
    try {
      hooks = registeredShutdownHooks();
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "Cannot list the JVM shutdown hooks ("
              + e
              + "): hooks registered by the application's libraries keep its classes in memory until the server restarts");
      return 0;
    }
    int released = 0;
    for (Thread hook : hooks) {
      Class<?> code = codeOf(hook);
      if (code == null || loadedBy(code, loader) == false) {
        continue;
      }
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException jvmExiting) {
        return released;
      }
      try {
        hook.run();
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Shutdown hook " + code.getName() + " failed", e);
      }
      released++;
    }
    return released;
  }

  private static List<Thread> registeredShutdownHooks() throws ReflectiveOperationException {
    Class<?> registry = Class.forName("java.lang.ApplicationShutdownHooks");
    Field field = registry.getDeclaredField("hooks");
    field.setAccessible(true);
    synchronized (registry) {
      Map<?, ?> hooks = (Map<?, ?>) field.get(null);
      List<Thread> copy = new ArrayList<>();
      if (hooks != null) {
        hooks.keySet().forEach(h -> copy.add((Thread) h));
      }
      return copy;
    }
  }

  /**
   * The class whose code the hook runs: a Thread subclass, or the Runnable given to a plain Thread.
   */
  private static Class<?> codeOf(Thread hook) {
    if (hook.getClass() != Thread.class) {
      return hook.getClass();
    }
    try {
      Field holder = Thread.class.getDeclaredField("holder");
      holder.setAccessible(true);
      Object fields = holder.get(hook);
      Field task = fields.getClass().getDeclaredField("task");
      task.setAccessible(true);
      Object runnable = task.get(fields);
      return runnable == null ? null : runnable.getClass();
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  private static boolean loadedBy(Class<?> type, ClassLoader loader) {
    for (ClassLoader l = type.getClassLoader(); l != null; l = l.getParent()) {
      if (l == loader) {
        return true;
      }
    }
    return false;
  }
}
