package org.gongshi.reporting.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.*;
import java.util.stream.Collectors;
import org.gongshi.archive.entity.PenaltyKind;
import org.gongshi.calendar.boundary.Calendars;
import org.gongshi.calendar.control.CalendarNotLoadedException;
import org.gongshi.catalog.boundary.Catalogs;
import org.gongshi.catalog.control.ItemVersion;
import org.gongshi.organisation.entity.Agency;
import org.gongshi.organisation.entity.AppUser;
import org.gongshi.organisation.entity.Role;
import org.gongshi.platform.Clocks;
import org.gongshi.platform.DomainException;
import org.gongshi.reporting.control.AnnualFigures;
import org.gongshi.reporting.control.ReportParams;
import org.gongshi.reporting.control.Timeliness;
import org.gongshi.reports.ReportRenderer;
import org.gongshi.reports.model.AnnualStatistics;
import org.gongshi.reports.model.DisclosureTimeliness;
import org.gongshi.review.boundary.Reviews;
import org.gongshi.security.CurrentUser;

/**
 * Reads, scopes and renders the reports. An agency's staff see their own agency only;
 * administrators and legal offices see every agency, or one by {@code agencyId}.
 */
@ApplicationScoped
@Transactional
public class Reports {
  @Inject Clock clock;
  static final Role[] TIMELINESS_READERS = {Role.ADMIN, Role.LEGAL_OFFICE, Role.DISCLOSURE_OFFICER};
  static final Role[] STATISTICS_READERS = Role.values();

  private final ReportRenderer renderer = new ReportRenderer();

  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject Calendars calendars;
  @Inject Catalogs catalogs;
  @Inject Reviews reviews;

  public enum Format {
    PDF,
    XLSX
  }

  /** Disclosure timeliness for months {@code from}..{@code to} (YYYY-MM). */
  public byte[] timeliness(String from, String to, String agencyId, Format format) {
    currentUser.require(TIMELINESS_READERS);
    DisclosureTimeliness report = timeliness(from, to, agencyId);
    return format == Format.PDF
        ? renderer.disclosureTimelinessPdf(report)
        : renderer.disclosureTimelinessXlsx(report);
  }

  DisclosureTimeliness timeliness(String fromParam, String toParam, String agencyParam) {
    LocalDate today = LocalDate.now(clock);
    YearMonth current = YearMonth.from(today);
    YearMonth from = ReportParams.month("from", fromParam, current);
    YearMonth to = ReportParams.month("to", toParam, current);
    ReportParams.range(from, to);
    Optional<Agency> scope = scope(ReportParams.agencyId(agencyParam));
    Map<Long, String> names = agencyNames();
    String jpql =
        "SELECT r.agencyId, r.decidedOn, r.deadline, r.status, r.publishedAt FROM DisclosureRecord r"
            + " WHERE r.decidedOn BETWEEN :from AND :to"
            + (scope.isPresent() ? " AND r.agencyId = :agency" : "")
            + " ORDER BY r.agencyId, r.decidedOn";
    var q =
        em.createQuery(jpql, Object[].class)
            .setParameter("from", from.atDay(1))
            .setParameter("to", to.atEndOfMonth());
    scope.ifPresent(a -> q.setParameter("agency", a.getId()));
    List<Timeliness.Disclosed> records =
        q.getResultStream()
            .map(
                r -> {
                  long agency = ((Number) r[0]).longValue();
                  return new Timeliness.Disclosed(
                      agency,
                      names.get(agency),
                      (LocalDate) r[1],
                      (LocalDate) r[2],
                      r[3] == null ? null : r[3].toString(),
                      chinaDay(r[4]));
                })
            .toList();
    Timeliness.Result result =
        Timeliness.aggregate(
            records,
            today,
            (a, b) -> {
              try {
                return calendars.current().workingDaysBetween(a, b);
              } catch (CalendarNotLoadedException e) {
                return null; // never guessed: left out of the median
              }
            });
    String period =
        from.equals(to)
            ? from.getYear() + "年" + from.getMonthValue() + "月"
            : from.getYear()
                + "年"
                + from.getMonthValue()
                + "月至"
                + to.getYear()
                + "年"
                + to.getMonthValue()
                + "月";
    return new DisclosureTimeliness(
        scope.map(Agency::getName).orElse("全部执法机关") + "　" + period,
        today,
        result.rows(),
        result.overallMedian());
  }

  /** Annual enforcement statistics of a year (YYYY, not in the future). */
  public byte[] annualStatistics(String year, String agencyId, Format format) {
    currentUser.require(STATISTICS_READERS);
    AnnualStatistics stats = annualStatistics(year, agencyId);
    return format == Format.PDF
        ? renderer.annualStatisticsPdf(stats)
        : renderer.annualStatisticsXlsx(stats);
  }

  AnnualStatistics annualStatistics(String yearParam, String agencyParam) {
    int year = ReportParams.year("year", yearParam, LocalDate.now(clock).getYear());
    return annualStatistics(year, scope(ReportParams.agencyId(agencyParam)));
  }

  /**
   * 事前公开: an agency's statistics of a finished year, for anyone (figures only, no case or person).
   * A year is published once it is over (due by 31 January of the next).
   */
  public byte[] publishedAnnualStatistics(String yearParam, long agencyId, Format format) {
    int year = ReportParams.year("year", yearParam, LocalDate.now(clock).getYear() - 1);
    Agency a = em.find(Agency.class, agencyId);
    if (a == null) throw DomainException.notFound("没有该执法机关");
    AnnualStatistics stats = annualStatistics(year, Optional.of(a));
    return format == Format.PDF
        ? renderer.annualStatisticsPdf(stats)
        : renderer.annualStatisticsXlsx(stats);
  }

  /** The finished years whose statistics are published (newest first, at most five). */
  public List<Integer> publishedYears() {
    int last = LocalDate.now(clock).getYear() - 1;
    List<Integer> years = new ArrayList<>();
    for (int y = last; y > last - 5 && y >= ReportParams.FIRST_YEAR; y--) years.add(y);
    return years;
  }

  /** Every agency (public: the 事前公开 page lists them all). */
  public List<Agency> agencies() {
    return em.createNamedQuery(Agency.ALL, Agency.class).getResultList();
  }

  private AnnualStatistics annualStatistics(int year, Optional<Agency> scope) {
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate last = LocalDate.of(year, 12, 31);
    String agencyFilter = scope.isPresent() ? " AND c.agency_id = " + scope.get().getId() : "";

    // cases with an event of the year: agency and power-list item (for the domain)
    Map<Long, Object[]> cases = new HashMap<>();
    rows(em.createNativeQuery(
                "SELECT c.id, c.agency_id, c.catalog_code FROM enforcement_case c WHERE (c.id IN"
                    + " (SELECT m.case_id FROM case_milestone m WHERE m.kind IN ('DECIDED', 'HEARING', 'LEGAL_REVIEW')"
                    + " AND m.milestone_day BETWEEN ?1 AND ?2) OR c.id IN (SELECT r.case_id FROM case_remedy r"
                    + " WHERE r.filed_on BETWEEN ?1 AND ?2))"
                    + agencyFilter)
            .setParameter(1, first)
            .setParameter(2, last))
        .forEach(r -> cases.put(((Number) r[0]).longValue(), r));
    Map<Long, String> names = agencyNames();
    Map<Long, LocalDate> decidedOn = new HashMap<>();
    List<AnnualFigures.Event> events = new ArrayList<>();
    rows(em.createNativeQuery(
                "SELECT m.case_id, m.kind, m.milestone_day FROM case_milestone m JOIN enforcement_case c"
                    + " ON c.id = m.case_id WHERE m.kind IN ('DECIDED', 'HEARING', 'LEGAL_REVIEW') AND m.milestone_day BETWEEN ?1 AND ?2"
                    + agencyFilter)
            .setParameter(1, first)
            .setParameter(2, last))
        .forEach(
            r -> {
              long id = ((Number) r[0]).longValue();
              switch (r[1].toString()) {
                case "DECIDED" -> decidedOn.put(id, localDate(r[2]));
                case "HEARING" ->
                    events.add(event(cases.get(id), names, AnnualFigures.EventKind.HEARING, last));
                default ->
                    events.add(
                        event(cases.get(id), names, AnnualFigures.EventKind.LEGAL_REVIEW, last));
              }
            });
    rows(em.createNativeQuery(
                "SELECT r.case_id, r.kind FROM case_remedy r JOIN enforcement_case c ON c.id = r.case_id"
                    + " WHERE r.filed_on BETWEEN ?1 AND ?2"
                    + agencyFilter)
            .setParameter(1, first)
            .setParameter(2, last))
        .forEach(
            r ->
                events.add(
                    event(
                        cases.get(((Number) r[0]).longValue()),
                        names,
                        "LITIGATION".equals(r[1].toString())
                            ? AnnualFigures.EventKind.LITIGATION
                            : AnnualFigures.EventKind.RECONSIDERATION,
                        last)));
    Map<Long, List<Object[]>> penalties =
        rows(em.createNativeQuery(
                    "SELECT p.case_id, p.kind, p.amount FROM case_penalty p"
                        + " JOIN enforcement_case c ON c.id = p.case_id WHERE p.case_id IN (SELECT m.case_id FROM case_milestone m"
                        + " WHERE m.kind = 'DECIDED' AND m.milestone_day BETWEEN ?1 AND ?2)"
                        + agencyFilter)
                .setParameter(1, first)
                .setParameter(2, last))
            .collect(Collectors.groupingBy(r -> ((Number) r[0]).longValue()));
    List<AnnualFigures.Decided> decided = new ArrayList<>();
    decidedOn.forEach(
        (id, day) -> {
          List<Object[]> ps = penalties.getOrDefault(id, List.of());
          if (ps.isEmpty()) return; // 不予处罚: not a penalty case
          Object[] c = cases.get(id);
          Set<PenaltyKind> kinds = EnumSet.noneOf(PenaltyKind.class);
          BigDecimal amount = BigDecimal.ZERO;
          for (Object[] p : ps) {
            PenaltyKind k = PenaltyKind.valueOf(p[1].toString());
            kinds.add(k);
            if (p[2] != null && k.hasAmount) amount = amount.add(new BigDecimal(p[2].toString()));
          }
          long agency = ((Number) c[1]).longValue();
          decided.add(
              new AnnualFigures.Decided(
                  agency, names.get(agency), domain(agency, (String) c[2], day), kinds, amount));
        });
    return new AnnualStatistics(
        year,
        scope.map(Agency::getName).orElse("全部执法机关"),
        AnnualFigures.aggregate(decided, events));
  }

  /**
   * 案卷评查评分表 of a review (readable by the reviewed agency, reviewers, legal offices,
   * administrators).
   */
  public byte[] reviewSheet(long reviewId) {
    return renderer.caseReviewSheetPdf(reviews.sheet(reviewId));
  }

  /** Agencies the caller may choose in a report form. */
  public List<Agency> selectableAgencies() {
    return currentUser.selectableAgencies();
  }

  public boolean seesAllAgencies() {
    return currentUser.seesAllAgencies();
  }

  private AnnualFigures.Event event(
      Object[] c, Map<Long, String> names, AnnualFigures.EventKind kind, LocalDate on) {
    long agency = ((Number) c[1]).longValue();
    return new AnnualFigures.Event(
        agency, names.get(agency), domain(agency, (String) c[2], on), kind);
  }

  /** The domain of the case's power-list item on the day, else its latest version, else 其他. */
  private String domain(long agencyId, String code, LocalDate on) {
    if (code == null || code.isBlank()) return AnnualFigures.OTHER_DOMAIN;
    Optional<ItemVersion> v = catalogs.item(agencyId, code, on);
    if (v.isEmpty()) {
      v = catalogs.history(agencyId, code).stream().filter(x -> !x.withdrawn()).reduce((a, b) -> b);
    }
    return v.map(x -> x.data().domain())
        .filter(d -> d != null && !d.isBlank())
        .orElse(AnnualFigures.OTHER_DOMAIN);
  }

  /** The agency a report covers: empty for all (only for those who see all). */
  private Optional<Agency> scope(Long agencyId) {
    AppUser u = currentUser.require();
    boolean all = currentUser.seesAllAgencies();
    if (agencyId != null) {
      Agency a = em.find(Agency.class, agencyId);
      if (a == null) {
        throw DomainException.invalid(
            "agencyId",
            "没有编号为 "
                + agencyId
                + " 的执法机关，可选："
                + String.join(
                    "、",
                    selectableAgencies().stream()
                        .map(x -> x.getId() + "（" + x.getShortName() + "）")
                        .toList())
                + (all ? "，不填为全部机关" : ""));
      }
      currentUser.requireAgency(a.getId(), "未找到该执法机关的统计数据，或不属于您所在的执法机关");
      return Optional.of(a);
    }
    return all ? Optional.empty() : Optional.of(u.getAgency());
  }

  private Map<Long, String> agencyNames() {
    return em.createNamedQuery(Agency.ALL, Agency.class)
        .getResultStream()
        .collect(Collectors.toMap(Agency::getId, Agency::getName));
  }

  private static java.util.stream.Stream<Object[]> rows(jakarta.persistence.Query q) {
    List<?> list = q.getResultList();
    return list.stream().map(o -> (Object[]) o);
  }

  private static LocalDate localDate(Object o) {
    if (o == null) return null;
    if (o instanceof LocalDate d) return d;
    if (o instanceof java.sql.Date d) return d.toLocalDate();
    return LocalDate.parse(o.toString().substring(0, 10));
  }

  private static LocalDate chinaDay(Object o) {
    if (o == null) return null;
    if (o instanceof Instant i) return i.atZone(Clocks.CHINA).toLocalDate();
    if (o instanceof OffsetDateTime t) return t.atZoneSameInstant(Clocks.CHINA).toLocalDate();
    if (o instanceof java.time.ZonedDateTime z)
      return z.withZoneSameInstant(Clocks.CHINA).toLocalDate();
    if (o instanceof java.sql.Timestamp t) return t.toInstant().atZone(Clocks.CHINA).toLocalDate();
    throw new IllegalStateException("unexpected publication time " + o.getClass());
  }
}
