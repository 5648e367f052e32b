package org.gongshi.portal.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who runs the portal (about page, footer) as settings — GONGSHI_PORTAL_SPONSOR, _CONTACT,
 * _SUPERVISION_PHONE, _ADDRESS, _DATA_LICENCE in the environment — and how current its data is.
 */
@Named("portalInfo")
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PortalInfo {
  /** The newest change is read again after this long (the home page is hot). */
  static final long FRESH_MILLIS = 30_000;

  @Inject
  @ConfigProperty(name = "gongshi.portal.sponsor", defaultValue = "金华市金东区综合行政执法局（演示站点）")
  String sponsor;

  @Inject
  @ConfigProperty(name = "gongshi.portal.contact", defaultValue = "0579-82000000（工作日 8:30—17:00）")
  String contact;

  @Inject
  @ConfigProperty(name = "gongshi.portal.supervision-phone", defaultValue = "12345")
  String supervisionPhone;

  @Inject
  @ConfigProperty(name = "gongshi.portal.address", defaultValue = "浙江省金华市金东区（演示地址）")
  String address;

  @Inject
  @ConfigProperty(
      name = "gongshi.portal.data-licence",
      defaultValue = "知识共享署名 4.0 国际许可协议（CC BY 4.0）：可自由复制、分发和再利用，须注明来源")
  String dataLicence;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  private volatile Instant updated;
  private volatile long readAt;

  public String getSponsor() {
    return sponsor;
  }

  public String getContact() {
    return contact;
  }

  public String getSupervisionPhone() {
    return supervisionPhone;
  }

  public String getAddress() {
    return address;
  }

  public String getDataLicence() {
    return dataLicence;
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
