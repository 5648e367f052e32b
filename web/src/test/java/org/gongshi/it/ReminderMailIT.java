package org.gongshi.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The daily reminder reaches the agency's disclosure officers through WildFly's mail session and a
 * real SMTP server.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReminderMailIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.gongshi();
  }

  @ArquillianResource URL base;

  @Test
  void anOverdueDecisionIsMailedToItsAgencysDisclosureOfficer() throws Exception {
    int port = Integer.getInteger("gongshi.it.smtp.port", 3025);
    GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    try {
      Api officer = Api.as(base, "officer");
      long id = Cases.open(officer, Cases.generalCase(officer, Cases.uniqueNumber("金东综执")));
      String number = "金东综执罚决字〔2026〕第" + (id + 5000) + "号";
      PublicationIT.decide(officer, id, LocalDate.now().minusDays(30), number);

      assertThat(Api.as(base, "disclosure").post("disclosure/reminders", "{}").status())
          .isEqualTo(403);
      JsonObject sent = Api.as(base, "admin").post("disclosure/reminders", "{}").json();

      assertThat(
              sent.getJsonArray("recipients").getValuesAs(JsonString.class).stream()
                  .map(JsonString::getString))
          .contains("disclosure@example.gov.cn")
          .doesNotContain("disclosure2@example.gov.cn");
      assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
      MimeMessage mail = null;
      for (MimeMessage m : smtp.getReceivedMessages()) {
        if (GreenMailUtil.getAddressList(m.getAllRecipients())
            .contains("disclosure@example.gov.cn")) mail = m;
      }
      assertThat(mail).isNotNull();
      assertThat(mail.getSubject()).contains("公示提醒");
      assertThat(GreenMailUtil.getBody(mail).isEmpty()).isFalse();
      assertThat(mail.getContent().toString()).contains(number, "公示期限");
    } finally {
      smtp.stop();
    }
  }
}
