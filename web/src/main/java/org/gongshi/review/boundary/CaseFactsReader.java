package org.gongshi.review.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.gongshi.archive.entity.CaseDocument;
import org.gongshi.archive.entity.DocumentType;
import org.gongshi.archive.entity.EnforcementCase;
import org.gongshi.archive.entity.MilestoneKind;
import org.gongshi.archive.entity.Party;
import org.gongshi.archive.entity.Penalty;
import org.gongshi.calendar.boundary.Calendars;
import org.gongshi.calendar.control.WorkingCalendar;
import org.gongshi.catalog.boundary.Catalogs;
import org.gongshi.catalog.control.DiscretionCheck;
import org.gongshi.disclosure.entity.DisclosureRecord;
import org.gongshi.disclosure.entity.DisclosureStatus;
import org.gongshi.platform.Clocks;
import org.gongshi.platform.id.PartyKind;
import org.gongshi.review.control.CaseFacts;
import org.gongshi.review.control.MajorCaseFacts;

/** Gathers what the pre-checks read of a case; reads only, changes nothing. */
@ApplicationScoped
public class CaseFactsReader {
  @PersistenceContext EntityManager em;
  @Inject Catalogs catalogs;
  @Inject Calendars calendars;
  @Inject Clock clock;
  @Inject @Any Instance<MajorCaseFacts> major;

  WorkingCalendar calendar() {
    return calendars.current();
  }

  CaseFacts read(long caseId) {
    EnforcementCase c = em.find(EnforcementCase.class, caseId);
    Map<MilestoneKind, LocalDate> m = new EnumMap<>(MilestoneKind.class);
    m.putAll(c.getMilestones());
    Map<DocumentType, Long> docs = new EnumMap<>(DocumentType.class);
    c.getDocuments().stream()
        .sorted(Comparator.comparing(CaseDocument::getId))
        .forEach(d -> docs.putIfAbsent(d.getType(), d.getId()));
    return new CaseFacts(
        c.getProcedure(),
        c.getParties().stream().map(Party::getKind).anyMatch(k -> k != PartyKind.NATURAL_PERSON),
        c.getPenalties().stream().map(Penalty::getKind).toList(),
        c.totalFine(),
        c.getOfficers().stream()
            .map(
                o ->
                    new CaseFacts.OfficerFact(o.getName(), o.getCertificateNo(), o.getValidUntil()))
            .toList(),
        m,
        docs,
        c.getExtensionDays(),
        discretion(c, m.get(MilestoneKind.DECIDED)),
        publication(caseId),
        major.isUnsatisfied() ? null : major.get().of(caseId).orElse(null),
        c.getViolationDay(),
        LocalDate.now(clock.withZone(Clocks.CHINA)));
  }

  private CaseFacts.Discretion discretion(EnforcementCase c, LocalDate decided) {
    if (c.getCatalogCode() == null || c.getDiscretionLevel() == null || decided == null)
      return null;
    return catalogs
        .item(c.getAgency().getId(), c.getCatalogCode(), decided)
        .map(
            item -> {
              BigDecimal fine = c.totalFine();
              var r =
                  DiscretionCheck.check(
                      item.data(), c.getDiscretionLevel(), fine, c.getDiscretionReason());
              return switch (r.outcome()) {
                case OK ->
                    new CaseFacts.Discretion(
                        false, false, "罚款在“" + c.getDiscretionLevel() + "”裁量档次范围内");
                case ACCEPTED_WITH_REASON ->
                    new CaseFacts.Discretion(true, true, c.getDiscretionReason());
                default -> new CaseFacts.Discretion(true, false, r.message());
              };
            })
        .orElse(null);
  }

  private CaseFacts.Publication publication(long caseId) {
    List<DisclosureRecord> rs =
        em.createNamedQuery(DisclosureRecord.BY_CASE, DisclosureRecord.class)
            .setParameter("caseId", caseId)
            .getResultList();
    if (rs.isEmpty()) return null;
    DisclosureRecord r = rs.get(0);
    return new CaseFacts.Publication(
        r.getStatus() != DisclosureStatus.NOT_FOR_PUBLICATION,
        r.getDeadline(),
        day(r.getPublishedAt()),
        r.getWithdrawalDeadline(),
        r.getStatus() == DisclosureStatus.WITHDRAWN ? day(r.getEndedAt()) : null,
        r.getStatus().label);
  }

  private static LocalDate day(Instant at) {
    return at == null ? null : LocalDate.ofInstant(at, Clocks.CHINA);
  }
}
