package org.gongshi.calendar.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.gongshi.calendar.control.HolidayDataLoader;
import org.gongshi.calendar.control.HolidayYear;
import org.gongshi.calendar.control.InvalidHolidayDataException;
import org.gongshi.calendar.control.WorkingCalendar;
import org.gongshi.calendar.entity.LoadedHolidayYear;
import org.gongshi.organisation.entity.Role;
import org.gongshi.platform.DomainException;
import org.gongshi.platform.audit.AuditTrail;
import org.gongshi.security.CurrentUser;

/** The working-day calendar in force: bundled years plus those an administrator loaded. */
@ApplicationScoped
public class Calendars {
  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject AuditTrail audit;

  private volatile WorkingCalendar calendar;

  @PostConstruct
  void init() {
    reload();
  }

  public WorkingCalendar current() {
    return calendar;
  }

  @Transactional
  void reload() {
    WorkingCalendar c = WorkingCalendar.standard();
    for (LoadedHolidayYear y :
        em.createNamedQuery(LoadedHolidayYear.ALL, LoadedHolidayYear.class).getResultList()) {
      c =
          c.withYear(
              HolidayDataLoader.load(
                  new ByteArrayInputStream(y.getData().getBytes(StandardCharsets.UTF_8))));
    }
    calendar = c;
  }

  /** Loads (or replaces) a year from the State Council notice data; refuses bad files whole. */
  @Transactional
  public HolidayYear loadYear(byte[] json) {
    currentUser.require(Role.ADMIN);
    if (json.length == 0) throw DomainException.invalid("file", "节假日数据为空");
    HolidayYear year;
    try {
      year = HolidayDataLoader.load(new ByteArrayInputStream(json));
    } catch (InvalidHolidayDataException e) {
      throw DomainException.invalid("file", "节假日数据有误：" + String.join("；", e.problems()));
    }
    String data = new String(json, StandardCharsets.UTF_8);
    LoadedHolidayYear existing = em.find(LoadedHolidayYear.class, year.year());
    if (existing == null) {
      em.persist(new LoadedHolidayYear(year.year(), data, currentUser.name(), Instant.now()));
    } else {
      existing.replace(data, currentUser.name(), Instant.now());
    }
    audit.append(
        currentUser.name(),
        "LOAD_HOLIDAY_YEAR",
        "Calendar",
        year.year(),
        null,
        year.year() + "年节假日安排：" + year.days().size() + " 条");
    calendar = calendar.withYear(year);
    return year;
  }
}
