package org.gongshi.reporting.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.gongshi.organisation.entity.Agency;
import org.gongshi.review.boundary.Reviews;
import org.gongshi.security.CurrentUser;

/** The staff reports page: GET forms that download from /api/reports. */
@Named
@RequestScoped
public class ReportsPage {
  @Inject Clock clock;
  @Inject Reports reports;
  @Inject Reviews reviews;
  @Inject CurrentUser currentUser;

  public List<Agency> getAgencies() {
    return reports.selectableAgencies();
  }

  public boolean isSeesAll() {
    return reports.seesAllAgencies();
  }

  public boolean isTimelinessAllowed() {
    return currentUser
        .user()
        .map(u -> Arrays.stream(Reports.TIMELINESS_READERS).anyMatch(u.getRoles()::contains))
        .orElse(false);
  }

  public String getFirstMonth() {
    return YearMonth.from(LocalDate.now(clock)).withMonth(1).toString();
  }

  public String getThisMonth() {
    return YearMonth.from(LocalDate.now(clock)).toString();
  }

  public int getLastYear() {
    return LocalDate.now(clock).getYear() - 1;
  }

  public int getThisYear() {
    return LocalDate.now(clock).getYear();
  }

  public List<Reviews.ReviewView> getRecentReviews() {
    return reviews.recent(20);
  }
}
