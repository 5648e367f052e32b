package org.gongshi.disclosure.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.logging.Logger;
import org.gongshi.platform.cluster.ClusterJobs;

/**
 * The disclosure clock's daily jobs: take down expired publications, remind officers of overdue
 * items. Cluster-wide: one node runs each day's run ({@link ClusterJobs}).
 */
@Singleton
public class DisclosureJobs {
  @Inject Clock clock;
  private static final Logger LOG = Logger.getLogger(DisclosureJobs.class.getName());

  @Inject PublicationExpiry expiry;
  @Inject DisclosureReminders reminders;
  @Inject ClusterJobs jobs;

  @Schedule(hour = "0", minute = "20", persistent = false)
  void takeDownExpired() {
    if (!jobs.claim("publication-expiry", ClusterJobs.period(ChronoUnit.DAYS))) return;
    int n = expiry.takeDownExpired(LocalDate.now(clock));
    if (n > 0) LOG.info("Publication period over: " + n + " decisions taken down");
  }

  @Schedule(hour = "8", minute = "30", dayOfWeek = "*", persistent = false)
  void remind() {
    if (!jobs.claim("disclosure-reminders", ClusterJobs.period(ChronoUnit.DAYS))) return;
    var sent = reminders.send(LocalDate.now(clock));
    LOG.info(
        "Disclosure reminders: "
            + sent.overdueItems()
            + " overdue items, "
            + sent.recipients().size()
            + " mails sent, "
            + sent.failures().size()
            + " not sent");
  }
}
