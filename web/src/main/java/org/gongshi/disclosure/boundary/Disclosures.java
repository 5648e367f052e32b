package org.gongshi.disclosure.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gongshi.archive.boundary.DecisionRecorded;
import org.gongshi.calendar.boundary.Calendars;
import org.gongshi.calendar.control.CalendarNotLoadedException;
import org.gongshi.disclosure.entity.DisclosureRecord;
import org.gongshi.disclosure.entity.DisclosureStatus;
import org.gongshi.organisation.entity.AppUser;
import org.gongshi.organisation.entity.Role;
import org.gongshi.platform.Clocks;
import org.gongshi.platform.audit.AuditTrail;
import org.gongshi.security.CurrentUser;

/**
 * The disclosure clock: every penalty decision gets a record with its deadline (7 working days,
 * Chinese calendar), or is marked not-for-publication with the reason (DOMAIN.md §3).
 */
@ApplicationScoped
@Transactional
public class Disclosures {
  @Inject Clock clock;
  public static final int PUBLISH_WITHIN_WORKING_DAYS = 7;

  @PersistenceContext EntityManager em;
  @Inject Calendars calendars;
  @Inject CurrentUser currentUser;
  @Inject AuditTrail audit;

  /**
   * In the deciding transaction: the record and its deadline exist as soon as the decision does.
   */
  void onDecision(@Observes DecisionRecorded d) {
    LocalDate deadline;
    try {
      deadline = calendars.current().addWorkingDays(d.decidedOn(), PUBLISH_WITHIN_WORKING_DAYS);
    } catch (CalendarNotLoadedException e) {
      deadline = null; // shown as "calendar missing" on the dashboard, never guessed
    }
    DisclosureRecord r =
        em.createNamedQuery(DisclosureRecord.BY_CASE, DisclosureRecord.class)
            .setParameter("caseId", d.caseId())
            .getResultStream()
            .findFirst()
            .orElse(null);
    boolean created = r == null;
    if (created) r = new DisclosureRecord(d.caseId(), d.agencyId(), d.caseNumber(), Instant.now());
    r.decide(d.decisionNumber(), d.decidedOn(), deadline, notPublishedReason(d));
    if (created) em.persist(r);
  }

  static String notPublishedReason(DecisionRecorded d) {
    if (d.minorParty()) return "当事人为未成年人，不予公示";
    if (d.simpleProcedure()) return "简易程序（当场）处罚，不予公示";
    if (d.warningOnly()) return "仅给予警告，属轻微违法，不予公示";
    return null;
  }

  public record Item(
      long caseId,
      String caseNumber,
      String decisionNumber,
      String agencyName,
      LocalDate decidedOn,
      LocalDate deadline,
      String status,
      String statusLabel,
      String notPublishedReason,
      Integer workingDaysLeft,
      LocalDate publishedOn,
      Boolean publishedLate,
      LocalDate changedOn,
      LocalDate withdrawalDeadline) {}

  public record Dashboard(
      LocalDate today,
      List<Item> overdue,
      List<Item> dueToday,
      List<Item> dueSoon,
      List<Item> pending,
      List<Item> calendarMissing,
      long notForPublication,
      List<Item> toWithdraw,
      List<Item> publishedLate,
      long published) {}

  /** Due today, due within 2 working days, overdue, for the caller's agency (all for admins). */
  public Dashboard dashboard(LocalDate today) {
    AppUser u = currentUser.require(Role.DISCLOSURE_OFFICER, Role.ADMIN, Role.LEGAL_OFFICE);
    Long agency = currentUser.agencyScope();
    String scope = agency == null ? "" : " AND r.agencyId = " + agency;
    List<DisclosureRecord> pending =
        em.createQuery(
                "SELECT r FROM DisclosureRecord r WHERE r.status = :s"
                    + scope
                    + " ORDER BY r.deadline, r.id",
                DisclosureRecord.class)
            .setParameter("s", DisclosureStatus.PENDING)
            .getResultList();
    long notPublished =
        em.createQuery(
                "SELECT COUNT(r) FROM DisclosureRecord r WHERE r.status = :s" + scope, Long.class)
            .setParameter("s", DisclosureStatus.NOT_FOR_PUBLICATION)
            .getSingleResult();
    List<Item> items = pending.stream().map(r -> item(r, today)).toList();
    List<Item> toWithdraw =
        em.createQuery(
                "SELECT r FROM DisclosureRecord r WHERE r.status = :s AND r.changedOn IS NOT NULL"
                    + scope
                    + " ORDER BY r.withdrawalDeadline, r.id",
                DisclosureRecord.class)
            .setParameter("s", DisclosureStatus.PUBLISHED)
            .getResultStream()
            .map(r -> item(r, today))
            .toList();
    List<DisclosureRecord> published =
        em.createQuery(
                "SELECT r FROM DisclosureRecord r WHERE r.publishedAt IS NOT NULL"
                    + scope
                    + " ORDER BY r.publishedAt DESC, r.id",
                DisclosureRecord.class)
            .getResultList();
    List<Item> late =
        published.stream()
            .filter(r -> Boolean.TRUE.equals(r.publishedLate(Clocks.CHINA)))
            .limit(200)
            .map(r -> item(r, today))
            .toList();
    return new Dashboard(
        today,
        items.stream().filter(i -> i.deadline() != null && i.deadline().isBefore(today)).toList(),
        items.stream().filter(i -> today.equals(i.deadline())).toList(),
        items.stream()
            .filter(
                i ->
                    i.workingDaysLeft() != null
                        && i.workingDaysLeft() >= 1
                        && i.workingDaysLeft() <= 2)
            .toList(),
        items,
        items.stream().filter(i -> i.deadline() == null).toList(),
        notPublished,
        toWithdraw,
        late,
        published.size());
  }

  public Item forCase(long caseId) {
    currentUser.require(Role.values());
    return em.createNamedQuery(DisclosureRecord.BY_CASE, DisclosureRecord.class)
        .setParameter("caseId", caseId)
        .getResultStream()
        .findFirst()
        .map(
            r -> {
              currentUser.requireAgency(r.getAgencyId(), "未找到该案件，或不属于您所在的执法机关");
              return item(r, LocalDate.now(clock));
            })
        .orElseThrow(() -> org.gongshi.platform.DomainException.notFound("该案件尚未作出处罚决定，没有公示记录"));
  }

  private Item item(DisclosureRecord r, LocalDate today) {
    Integer left = null;
    LocalDate deadline =
        r.getStatus() == DisclosureStatus.PUBLISHED && r.getWithdrawalDeadline() != null
            ? r.getWithdrawalDeadline()
            : r.getDeadline();
    if (deadline != null && !deadline.isBefore(today)) {
      try {
        left = calendars.current().workingDaysBetween(today, deadline);
      } catch (CalendarNotLoadedException e) {
        left = null;
      }
    }
    org.gongshi.organisation.entity.Agency agency =
        em.find(org.gongshi.organisation.entity.Agency.class, r.getAgencyId());
    return new Item(
        r.getCaseId(),
        r.getCaseNumber(),
        r.getDecisionNumber(),
        agency == null ? null : agency.getShortName(),
        r.getDecidedOn(),
        r.getDeadline(),
        r.getStatus().name(),
        r.getStatus().label,
        r.getNotPublishedReason(),
        left,
        r.getPublishedAt() == null ? null : r.getPublishedAt().atZone(Clocks.CHINA).toLocalDate(),
        r.publishedLate(Clocks.CHINA),
        r.getChangedOn(),
        r.getWithdrawalDeadline());
  }
}
