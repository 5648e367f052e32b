package org.gongshi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongshi.platform.id.Uscc;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One decision with personal data in every field a case has (title, an organisation with its legal
 * representative, an individual business and its operator, a natural person, facts naming a driver,
 * a witness, a bank account and an injury, an evidence title) is published, and every public
 * surface is read for it: decision page, JSON, PDF, CSV, Atom, sitemap, search page and JSON, the
 * organisation's party page, party pages asked for by an identity number, the open-data, 事前公开, help
 * and about pages, home, and the alert mail a subscriber gets.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PersonalDataSweepIT {
  private static final Pattern CONFIRM =
      Pattern.compile("alerts/confirm\\?token=([A-Za-z0-9_-]{43})");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.gongshi();
  }

  @ArquillianResource URL base;
  SmtpSink mail;
  PortalHttp portal;

  @BeforeEach
  void start() {
    mail = SmtpSink.start();
    portal = new PortalHttp(base);
  }

  @AfterEach
  void stop() {
    mail.close();
  }

  @Test
  void personalDataInEveryFieldReachesNoPublicSurfaceAndNoAlertMail() throws Exception {
    String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    java.util.Random random = new java.util.Random(System.nanoTime());
    String companyCode = Uscc.generate(random).value();
    String shopCode = Uscc.generate(random).value();
    String company = "金华市" + run + "建材有限公司";

    // a subscriber to the street's name, confirmed (double opt-in)
    String email = "sweep-" + run.toLowerCase() + "@example.com";
    assertThat(
            post("/portal/alerts", Map.of("q", "宗泽路", "email", email, "frequency", "IMMEDIATE"))
                .statusCode())
        .isEqualTo(200);
    MimeMessage confirmation = Waits.until(() -> firstMailTo(email), m -> m != null);
    assertThat(confirmation).as("confirmation mail").isNotNull();
    Matcher token = CONFIRM.matcher(SmtpSink.text(confirmation));
    assertThat(token.find()).isTrue();
    assertThat(post("/portal/alerts/confirm", Map.of("token", token.group(1))).body())
        .contains("订阅已生效");

    Api officer = Api.as(base, "officer");
    var officers = officer.get("reference/officers").array();
    String json =
        """
        {"caseNumber":"%s","title":"王小明（身份证330702198001011232，电话13905791234）等占道堆放建材","procedure":"GENERAL","source":"COMPLAINT",
         "violation":"当事人%s（法定代表人周建国，身份证号330702197505051234，住金华市婺城区新华街12弄3号）在宗泽路88号店外占道堆放建材。驾驶员赵志刚驾驶浙G·7K921号货车运货，证人钱芳芳（联系电话１３８ ５７９１ ２２３３）指认；金东区鲜果水果店经营者王小明（电话0579-82345678）帮助装卸，当事人李秀英（现住金华市金东区多湖街道光明小区3幢201室）搬运时受伤住院（腰椎骨折）。罚款已由王小明个人账户6222021204012345678代缴。",
         "legalBasis":"《城市市容和环境卫生管理条例》第三十六条",
         "parties":[{"kind":"ORGANISATION","name":"%s","uscc":"%s","legalRepresentative":"周建国","address":"金华市金东区宗泽路88号"},
                    {"kind":"INDIVIDUAL_BUSINESS","name":"金东区鲜果水果店","uscc":"%s","legalRepresentative":"王小明","idNumber":"330702198001011232","address":"金华市金东区宗泽路90号"},
                    {"kind":"NATURAL_PERSON","name":"李秀英","idNumber":"330702198203031223","address":"金华市婺城区新华街12弄3号"}],
         "officerIds":[%d,%d],
         "penalties":[{"kind":"FINE","amount":3000}]}
        """
            .formatted(
                Cases.uniqueNumber("金东综执"),
                company,
                company,
                companyCode,
                shopCode,
                officers.getJsonObject(0).getJsonNumber("id").longValue(),
                officers.getJsonObject(1).getJsonNumber("id").longValue());
    long caseId = Cases.open(officer, json);
    assertThat(
            officer
                .post(
                    "cases/" + caseId + "/documents",
                    "{\"type\":\"EVIDENCE\",\"title\":\"钱芳芳询问笔录（电话13605791111）\"}")
                .status())
        .isEqualTo(201);
    String number = "金东综执罚决字〔2026〕第" + (caseId + 3000000) + "号";
    PublicationIT.decide(officer, caseId, LocalDate.now().minusDays(1), number);
    long publicId = PublicationIT.publish(base, Api.as(base, "disclosure"), caseId);
    assertThat(Api.as(base, "admin").post("public-index/rebuild", "").status()).isEqualTo(200);

    List<String> secrets =
        List.of(
            "王小明",
            "李秀英",
            "赵志刚",
            "钱芳芳",
            "330702198001011232",
            "330702198203031223",
            "330702197505051234",
            "13905791234",
            "１３８ ５７９１ ２２３３",
            "13605791111",
            "82345678",
            "7K921",
            "新华街",
            "光明小区",
            "6222021204012345678",
            "腰椎骨折");

    // the alert mail for the street
    MimeMessage digest =
        Waits.until(
            () -> {
              Api.as(base, "admin").post("alerts/digests?frequency=IMMEDIATE", "");
              return mail.mailsTo(email).stream()
                  .filter(m -> SmtpSink.text(m).contains(number))
                  .findFirst()
                  .orElse(null);
            },
            m -> m != null);
    assertThat(digest).as("a digest naming " + number).isNotNull();
    assertThat(SmtpSink.text(digest) + SmtpSink.subject(digest))
        .doesNotContain(secrets)
        .contains(company);

    Map<String, String> surfaces = new LinkedHashMap<>();
    for (String path :
        List.of(
            "/",
            "/portal/decisions/" + publicId,
            "/api/public/decisions/" + publicId,
            "/api/public/decisions.csv",
            "/api/public/decisions.csv?q=" + enc("宗泽路"),
            "/api/public/decisions.atom",
            "/api/public/decisions.atom?q=" + enc("宗泽路"),
            "/sitemap.xml",
            "/portal/search?q=" + enc("宗泽路"),
            "/portal/search?q=" + enc(company),
            "/api/public/decisions?q=" + enc("堆放建材") + "&size=100",
            "/portal/parties/" + companyCode,
            "/portal/parties/" + shopCode,
            "/portal/open-data.xhtml",
            "/portal/disclosure.xhtml",
            "/portal/help.xhtml",
            "/portal/about.xhtml",
            "/portal/reviews.xhtml")) {
      HttpResponse<String> r = get(path);
      surfaces.put(path, r.body());
      assertThat(r.body()).as(path + " (" + r.statusCode() + ")").doesNotContain(secrets);
    }
    // the decision is there, with what may be public
    assertThat(surfaces.get("/api/public/decisions/" + publicId))
        .contains(company, companyCode, "周建国", "宗泽路", "金东区鲜果水果店", "宗泽路90号", number);
    assertThat(surfaces.get("/portal/parties/" + companyCode)).contains(company, number);
    assertThat(surfaces.get("/portal/search?q=" + enc("宗泽路"))).contains(number);
    assertThat(surfaces.get("/api/public/decisions.csv?q=" + enc("宗泽路"))).contains(number);

    // a party page is never a lookup by a person's identity number
    for (String id : List.of("330702198203031223", "330702198001011232", "李秀英")) {
      HttpResponse<String> r = get("/portal/parties/" + enc(id));
      assertThat(r.statusCode()).as(id).isEqualTo(404);
      assertThat(r.body()).doesNotContain(secrets).doesNotContain(number);
    }
    // the public search finds nothing by a secret
    for (String secret : secrets) {
      assertThat(get("/api/public/decisions?q=" + enc(secret) + "&size=100").body())
          .as("public search for " + secret)
          .doesNotContain(number);
    }
    byte[] pdf = bytes("/api/public/decisions/" + publicId + ".pdf");
    try (var d = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(d);
      assertThat(text).doesNotContain(secrets);
      assertThat(text.replaceAll("\\s+", "")).contains(company, "李某某");
    }
  }

  private MimeMessage firstMailTo(String email) {
    List<MimeMessage> all = mail.mailsTo(email);
    return all.isEmpty() ? null : all.get(0);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return portal.get(path);
  }

  private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
    return portal.post(path, form);
  }

  private byte[] bytes(String path) throws Exception {
    HttpResponse<byte[]> r = portal.bytes(path);
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return r.body();
  }

  private static String enc(String s) {
    return PortalHttp.enc(s);
  }
}
