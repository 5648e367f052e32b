package org.gongshi.disclosure.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * At start-up, after the public index is open: decisions published with a raw case title as 违法行为类型
 * get the masked one (see {@link Publications#remaskPublishedTitles()}).
 */
@Singleton
@Startup
@DependsOn({"PublicIndex", "DemoPublications"})
public class TitleRemask {
  private static final Logger LOG = Logger.getLogger(TitleRemask.class.getName());

  @Inject Publications publications;
  @Resource TimerService timers;

  @PostConstruct
  void schedule() {
    timers.createSingleActionTimer(1_000, new TimerConfig(null, false));
  }

  @Timeout
  void remask() {
    int n = publications.remaskPublishedTitles();
    if (n > 0) LOG.info("违法行为类型 masked on " + n + " decisions published with a raw case title");
  }
}
