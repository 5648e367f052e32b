package org.gongshi.portal.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.gongshi.portal.entity.AlertSubscription.Frequency;

/** Alert digests: immediate ones every minute, daily ones at 8:00 China time. */
@Singleton
public class AlertJobs {
  private static final Logger LOG = Logger.getLogger(AlertJobs.class.getName());

  @Inject Alerts alerts;

  @Schedule(hour = "*", minute = "*", persistent = false)
  void immediate() {
    log(alerts.sendDigests(Frequency.IMMEDIATE));
  }

  @Schedule(hour = "8", minute = "0", timezone = "Asia/Shanghai", persistent = false)
  void daily() {
    log(alerts.sendDigests(Frequency.DAILY));
  }

  private static void log(Alerts.Digests d) {
    if (d.mailsSent() > 0 || d.failures() > 0)
      LOG.info(
          "Alert digests: "
              + d.mailsSent()
              + " mails, "
              + d.decisions()
              + " decisions, "
              + d.failures()
              + " not sent");
  }
}
