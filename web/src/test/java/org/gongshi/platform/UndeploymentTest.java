package org.gongshi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** JVM shutdown hooks added by the application's libraries are run and given back when it stops. */
class UndeploymentTest {

  /**
   * Registers a JVM shutdown hook when its class is initialised, as Tika's external-process parser
   * does.
   */
  public static final class HookingLibrary {
    public static volatile boolean hookRan;

    static {
      Runtime.getRuntime().addShutdownHook(new Thread(() -> hookRan = true));
    }

    private HookingLibrary() {}
  }

  @Test
  void aHookOfTheApplicationsCodeRunsOnceAndIsRemovedOthersStay() throws Exception {
    URL classes = HookingLibrary.class.getProtectionDomain().getCodeSource().getLocation();
    AtomicBoolean serversHookRan = new AtomicBoolean();
    Thread serversHook = new Thread(() -> serversHookRan.set(true));
    Runtime.getRuntime().addShutdownHook(serversHook);
    try (URLClassLoader application = new URLClassLoader(new URL[] {classes}, null)) {
      Class<?> library = Class.forName(HookingLibrary.class.getName(), true, application);
      assertThat(library.getClassLoader()).isSameAs(application);

      assertThat(Undeployment.releaseShutdownHooks(application)).isEqualTo(1);

      assertThat(library.getField("hookRan").getBoolean(null)).isTrue();
      assertThat(Undeployment.releaseShutdownHooks(application))
          .as("removed, not run again")
          .isZero();
      assertThat(serversHookRan).isFalse();
      assertThat(Runtime.getRuntime().removeShutdownHook(serversHook))
          .as("another loader's hook stays")
          .isTrue();
    }
  }
}
