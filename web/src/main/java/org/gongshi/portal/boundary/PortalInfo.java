package org.gongshi.portal.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.gongshi.platform.Settings;

/**
 * Who runs the portal (about page, footer), from {@link Settings} (GONGSHI_PORTAL_SPONSOR,
 * _CONTACT, _SUPERVISION_PHONE, _ADDRESS, _DATA_LICENCE in the environment), and how current its
 * data is.
 */
@Named("portalInfo")
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PortalInfo {
  /** The newest change is read again after this long (the home page is hot). */
  static final long FRESH_MILLIS = 30_000;

  @Inject Settings settings;
  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  private volatile Instant updated;
  private volatile long readAt;

  public String getSponsor() {
    return settings.portalSponsor();
  }

  public String getContact() {
    return settings.portalContact();
  }

  public String getSupervisionPhone() {
    return settings.portalSupervisionPhone();
  }

  public String getAddress() {
    return settings.portalAddress();
  }

  public String getDataLicence() {
    return settings.portalDataLicence();
  }

  /** A publication, withdrawal or take-down: read the time again at the next page. */
  void changed(
      @jakarta.enterprise.event.Observes(
              during = jakarta.enterprise.event.TransactionPhase.AFTER_SUCCESS)
          org.gongshi.portal.entity.PublicationChanged event) {
    readAt = 0;
  }

  /** "2026-12-06 17:05" (China time) of the newest publication, correction or take-down. */
  public String getDataUpdated() {
    long now = clock.millis();
    if (readAt == 0 || now - readAt > FRESH_MILLIS) {
      updated =
          em.createQuery("SELECT MAX(p.updatedAt) FROM PublishedDecision p", Instant.class)
              .getSingleResult();
      readAt = now;
    }
    return updated == null ? "暂无数据" : PortalPages.time(updated);
  }
}
