package org.gongshi.portal.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.temporal.ChronoUnit;
import java.util.logging.Logger;
import org.gongshi.platform.cluster.ClusterJobs;
import org.gongshi.portal.entity.AlertSubscription.Frequency;

/**
 * Alert digests: immediate ones every minute, daily ones at 8:00 China time; one node sends each
 * run.
 */
@Singleton
public class AlertJobs {
  private static final Logger LOG = Logger.getLogger(AlertJobs.class.getName());

  @Inject Alerts alerts;
  @Inject ClusterJobs jobs;

  @Schedule(hour = "*", minute = "*", persistent = false)
  void immediate() {
    if (!jobs.claim("alerts-immediate", ClusterJobs.period(ChronoUnit.MINUTES))) return;
    log(alerts.sendDigests(Frequency.IMMEDIATE));
  }

  @Schedule(hour = "8", minute = "0", timezone = "Asia/Shanghai", persistent = false)
  void daily() {
    if (!jobs.claim("alerts-daily", ClusterJobs.period(ChronoUnit.DAYS))) return;
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
