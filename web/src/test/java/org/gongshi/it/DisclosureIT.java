package org.gongshi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A decision starts the 7-working-day disclosure clock on the Chinese calendar. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DisclosureIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.gongshi();
  }

  @ArquillianResource URL base;

  @Test
  void aDecisionBeforeNationalDayIsDueSevenWorkingDaysLater() {
    Api officer = Api.as(base, "officer");
    long id = Cases.open(officer, Cases.generalCase(officer, Cases.uniqueNumber("金东综执")));
    Cases.milestone(officer, id, "FILED", LocalDate.of(2026, 9, 1), null);
    Cases.milestone(officer, id, "ADVANCE_NOTICE", LocalDate.of(2026, 9, 20), null);
    Cases.milestone(officer, id, "DECIDED", LocalDate.of(2026, 9, 30), "金东综执罚决字〔2026〕第" + id + "号");

    JsonObject record = Api.as(base, "disclosure").get("disclosure/cases/" + id).json();

    // 10-01..10-07 are off, 10-10 (Saturday) is a make-up workday: 8, 9, 10, 12, 13, 14, 15
    assertThat(record.getString("deadline")).isEqualTo("2026-10-15");
    assertThat(record.getString("status")).isEqualTo("PENDING");
    JsonObject dashboard = Api.as(base, "disclosure").get("disclosure/dashboard").json();
    assertThat(
            dashboard.getJsonArray("overdue").stream()
                .map(v -> v.asJsonObject().getJsonNumber("caseId").longValue()))
        .contains(id);
    assertThat(Api.as(base, "officer2").get("disclosure/cases/" + id).status()).isEqualTo(404);
    assertThat(officer.get("disclosure/dashboard").status()).isEqualTo(403);
  }

  @Test
  void aSimpleProcedureDecisionIsMarkedNotForPublicationWithTheReason() {
    Api officer = Api.as(base, "officer");
    String json =
        Cases.generalCase(officer, Cases.uniqueNumber("金东综执"))
            .replace("\"GENERAL\"", "\"SIMPLE\"")
            .replace("\"amount\":20000", "\"amount\":500");
    long id = Cases.open(officer, json);
    Cases.milestone(
        officer, id, "DECIDED", LocalDate.of(2026, 11, 2), "金东综执简罚决字〔2026〕第" + id + "号");
    JsonObject record = Api.as(base, "disclosure").get("disclosure/cases/" + id).json();
    assertThat(record.getString("status")).isEqualTo("NOT_FOR_PUBLICATION");
    assertThat(record.getString("notPublishedReason")).contains("简易程序");
  }
}
