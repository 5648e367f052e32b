package org.gongshi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The public calendar API, and an administrator loading a year nobody has published yet. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CalendarIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.gongshi();
  }

  @ArquillianResource URL base;

  /** A fictional far year, so the test changes no deadline other tests compute. */
  static final String YEAR_2028 =
      """
      {"year": 2028, "papers": ["测试数据"], "days": [
        {"name": "元旦", "date": "2028-01-03", "isOffDay": true},
        {"name": "元旦", "date": "2028-01-08", "isOffDay": false}]}
      """;

  @Test
  void deadlinesAndDaysArePublicAndFollowTheStateCouncilCalendar() {
    Api anyone = Api.anonymous(base);
    JsonObject d = anyone.get("calendar/deadline?from=2026-09-30&workingDays=7").json();
    assertThat(d.getString("deadline")).isEqualTo("2026-10-15");
    JsonObject makeUp = anyone.get("calendar/day/2026-10-10").json();
    assertThat(makeUp.getBoolean("workingDay")).isTrue();
    assertThat(makeUp.getString("kind")).isEqualTo("MAKEUP_WORKDAY");
    JsonObject holiday = anyone.get("calendar/day/2026-10-01").json();
    assertThat(holiday.getBoolean("workingDay")).isFalse();
    assertThat(holiday.getString("holidayName")).contains("国庆");

    Api.Answer bad = anyone.get("calendar/deadline?from=2026-02-30&workingDays=7");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.field()).isEqualTo("from");
    assertThat(anyone.get("calendar/deadline?from=2026-09-30&workingDays=0").status())
        .isEqualTo(400);
  }

  @Test
  void aYearWithoutDataIsFlaggedUntilAnAdministratorLoadsIt() {
    Api anyone = Api.anonymous(base);
    Api.Answer missing = anyone.get("calendar/deadline?from=2028-01-04&workingDays=7");
    assertThat(missing.status()).isEqualTo(409);
    assertThat(missing.message()).contains("2028");

    assertThat(
            Api.as(base, "officer")
                .postBytes("calendar/years", "application/json", YEAR_2028.getBytes())
                .status())
        .isEqualTo(403);
    Api admin = Api.as(base, "admin");
    Api.Answer broken =
        admin.postBytes(
            "calendar/years",
            "application/json",
            "{\"year\": 2028, \"days\": [{\"date\": \"2028-13-01\"}]}".getBytes());
    assertThat(broken.status()).isEqualTo(400);
    assertThat(broken.field()).isEqualTo("file");

    assertThat(
            admin
                .postBytes(
                    "calendar/years",
                    "application/json",
                    YEAR_2028.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .json()
                .getInt("year"))
        .isEqualTo(2028);
    // a year within the planning margin that has no data yet (the bundled data ends with 2026);
    // from Tue 01-04: 05 Wed, 06, 07 Fri, 08 Sat (make-up), 10 Mon, 11, 12 Wed
    assertThat(
            anyone
                .get("calendar/deadline?from=2028-01-04&workingDays=7")
                .json()
                .getString("deadline"))
        .isEqualTo("2028-01-12");
    assertThat(anyone.get("calendar/years").body()).contains("2028");
  }
}
