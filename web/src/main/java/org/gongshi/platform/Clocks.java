package org.gongshi.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The one clock: every "today" and every date shown is China Standard Time, whatever zone the
 * machine runs in. Beans inject {@link Clock}; a test replaces it with a fixed one.
 */
@ApplicationScoped
public class Clocks {
  /** Where the deadlines of DOMAIN.md are counted. */
  public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @Produces
  Clock clock() {
    return Clock.system(CHINA);
  }
}
