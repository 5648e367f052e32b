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
 * At start-up, after the public index is open: published decisions not yet checked get the masked
 * 违法行为类型 where it was the raw case title (see {@link Publications#checkPublishedTitles()}), and
 * approvals given for an older text generator return to "needs approval" (see {@link
 * Publications#requireReapprovalOfOutdated()}).
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
    Publications.TitleCheck t = publications.checkPublishedTitles();
    LOG.info(
        "Title check: "
            + t.checked()
            + " published decisions not checked before, "
            + t.corrected()
            + " given the masked 违法行为类型 instead of a raw case title");
    int outdated = publications.requireReapprovalOfOutdated();
    if (outdated > 0)
      LOG.info(outdated + " approvals of an older text generator must be given again");
  }
}
