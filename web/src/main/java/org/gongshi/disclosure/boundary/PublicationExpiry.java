package org.gongshi.disclosure.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.gongshi.disclosure.entity.DisclosureRecord;
import org.gongshi.disclosure.entity.DisclosureStatus;
import org.gongshi.organisation.entity.Role;
import org.gongshi.portal.entity.PublicationStatus;
import org.gongshi.portal.entity.PublishedDecision;
import org.gongshi.security.CurrentUser;

/** The end of the publication period: expired decisions come down every night (DisclosureJobs). */
@ApplicationScoped
@Transactional
public class PublicationExpiry {
  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject CurrentUser currentUser;
  @Inject PublicCopies copies;

  public record TakenDown(LocalDate today, int count) {}

  /** An administrator runs tonight's take-down now. */
  public TakenDown takeDownExpiredNow() {
    currentUser.require(Role.ADMIN);
    LocalDate today = LocalDate.now(clock);
    return new TakenDown(today, takeDownExpired(today));
  }

  /**
   * Takes down every publication whose last public day is before {@code today}; returns how many.
   */
  public int takeDownExpired(LocalDate today) {
    List<PublishedDecision> due =
        em.createQuery(
                "SELECT p FROM PublishedDecision p WHERE p.status = :s AND p.expiresOn < :today",
                PublishedDecision.class)
            .setParameter("s", PublicationStatus.PUBLISHED)
            .setParameter("today", today)
            .getResultList();
    for (PublishedDecision p : due) {
      DisclosureRecord r = em.find(DisclosureRecord.class, p.getDisclosureId());
      copies.end(
          r,
          DisclosureStatus.TAKEN_DOWN,
          PublicationStatus.TAKEN_DOWN,
          "公示期已于 " + p.getExpiresOn() + " 届满，依法停止公示",
          "system",
          "DISCLOSURE_EXPIRED");
    }
    return due.size();
  }
}
