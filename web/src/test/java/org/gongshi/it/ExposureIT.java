package org.gongshi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gongshi.catalog.control.CatalogItemData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the server shows of itself: no session for anonymous requests, absolute links only from the
 * configured public address (never the Host header), CSV cells that cannot run as formulas, error
 * texts without Java class names, management endpoints on loopback without paths.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExposureIT {
  static final String PUBLIC_BASE = System.getProperty("gongshi.it.public.base-url");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.gongshi();
  }

  @ArquillianResource URL base;

  @Test
  void anonymousRequestsCreateNoSession() throws Exception {
    HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    String root = base.toString().replaceAll("/$", "");
    for (String path :
        List.of(
            "/",
            "/index.xhtml",
            "/no/such/page",
            "/nope.xhtml",
            "/login.xhtml",
            "/portal/search?q=" + "%E5%B9%BF%E5%91%8A",
            "/portal/catalog.xhtml",
            "/portal/decisions/999999999",
            "/sitemap.xml",
            "/robots.txt",
            "/api/public/decisions",
            "/api/public/decisions.csv",
            "/api/public/decisions.atom",
            "/api/public/catalog",
            "/api/no-such-endpoint",
            "/api/cases")) {
      HttpResponse<String> r =
          client.send(
              HttpRequest.newBuilder(URI.create(root + path)).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(r.headers().allValues("Set-Cookie"))
          .as(path + " (" + r.statusCode() + ")")
          .noneMatch(c -> c.contains("JSESSIONID"));
    }
  }

  /** A raw HTTP/1.1 GET with a Host header of our choosing (HttpClient will not send one). */
  private String getWithHost(String path, String host) throws Exception {
    try (Socket s = new Socket(base.getHost(), base.getPort())) {
      OutputStream out = s.getOutputStream();
      out.write(
          ("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = s.getInputStream();
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      in.transferTo(body);
      return body.toString(StandardCharsets.UTF_8);
    }
  }

  @Test
  void absoluteLinksUseTheConfiguredAddressNeverTheHostHeader() throws Exception {
    assertThat(PUBLIC_BASE).startsWith("https://");
    Map<String, String> answers = new java.util.LinkedHashMap<>();
    for (String path :
        List.of(
            "/robots.txt",
            "/sitemap.xml",
            "/api/public/decisions.atom",
            "/api/public/decisions",
            "/api/public/decisions.csv")) {
      String answer = getWithHost(path, "evil.example");
      assertThat(answer).as(path).startsWith("HTTP/1.1 200").doesNotContain("evil.example");
      answers.put(path, answer);
    }
    assertThat(answers.get("/robots.txt")).contains("Sitemap: " + PUBLIC_BASE + "sitemap.xml");
    assertThat(answers.get("/sitemap.xml")).contains("<loc>" + PUBLIC_BASE + "portal/search");
    assertThat(answers.get("/api/public/decisions.atom")).contains("href=\"" + PUBLIC_BASE);
    // the demo data has published decisions: their permalinks in JSON and CSV
    assertThat(answers.get("/api/public/decisions")).contains(PUBLIC_BASE + "portal/decisions/");
    String page = getWithHost("/portal/decisions/" + firstDecisionId(), "evil.example");
    assertThat(page).doesNotContain("evil.example").contains(PUBLIC_BASE + "portal/decisions/");
  }

  private long firstDecisionId() {
    return Api.anonymous(base)
        .get("public/decisions?size=1")
        .json()
        .getJsonArray("items")
        .getJsonObject(0)
        .getJsonNumber("id")
        .longValue();
  }

  @Test
  void theCatalogCsvGuardsFullWidthFormulasToo() throws Exception {
    Api admin = Api.as(base, "admin");
    String agency = CatalogIT.agencyId(admin, 1);
    String p = "F" + UUID.randomUUID().toString().substring(0, 5);
    List<CatalogItemData> items = new ArrayList<>();
    String[] leads = {"＝HYPERLINK(\"http://evil.example\",\"点此\")", "＋1+2", "－3", "＠SUM(A1)"};
    List<CatalogItemData> base4 = CatalogIT.items(4, p);
    for (int i = 0; i < 4; i++) {
      CatalogItemData d = base4.get(i);
      items.add(
          new CatalogItemData(
              d.code(),
              leads[i] + d.name(),
              d.kind(),
              d.domain(),
              d.enforcementUnit(),
              d.supervisingDepartment(),
              d.exerciseMode(),
              d.legalBasis(),
              d.statutoryRange(),
              d.responsibilities(),
              d.accountability(),
              d.supervision(),
              d.levels()));
    }
    Api.Answer imported =
        CatalogIT.importFile(admin, agency, "清单.csv", CatalogIT.csv(items), "2026-01-01", false);
    assertThat(imported.status()).as(imported.body()).isEqualTo(201);
    // stored as written: the guard of the file the admin imported came off again
    assertThat(
            Api.anonymous(base)
                .get("public/catalog/" + agency + "/items/" + items.get(0).code())
                .json()
                .getJsonObject("summary")
                .getString("name"))
        .startsWith("＝HYPERLINK");

    String csv = Api.anonymous(base).get("public/catalog/" + agency + "/export.csv").body();
    for (String lead : leads) {
      String quoted = lead.contains("\"") ? "\"'" + lead.replace("\"", "\"\"") : "'" + lead;
      assertThat(csv).as(lead).contains("," + quoted);
      assertThat(csv)
          .doesNotContain("," + (lead.contains("\"") ? "\"" + lead.replace("\"", "\"\"") : lead));
    }
  }

  @Test
  void errorTextsNameWhatFailedNotJavaClasses() {
    Api admin = Api.as(base, "admin");
    String agency = CatalogIT.agencyId(admin, 1);
    byte[] notXlsx = "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1);
    Api.Answer a = CatalogIT.importFile(admin, agency, "清单.xlsx", notXlsx, "2026-01-01", true);
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.body())
        .contains("不是有效的 XLSX 文件")
        .doesNotContain("org.apache", "Exception", "java.");
    Api.Answer json = admin.post("accounts/officer/password", "{\"password\": [1,");
    assertThat(json.status()).isEqualTo(400);
    assertThat(json.body()).doesNotContain("org.", "Exception", "jakarta.", "java.");
  }

  @Test
  void managementAnswersOnLoopbackOnlyAndHealthShowsNoPaths() throws Exception {
    int port = Integer.getInteger("gongshi.it.management.port");
    HttpClient client = HttpClient.newHttpClient();
    HttpResponse<String> health =
        client.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("content-store").doesNotContain("/store", "\"path\"");
    // from any other address of this machine the port is closed
    for (var nic : java.util.Collections.list(NetworkInterface.getNetworkInterfaces())) {
      if (!nic.isUp() || nic.isLoopback()) continue;
      for (InetAddress a : java.util.Collections.list(nic.getInetAddresses())) {
        if (!(a instanceof Inet4Address)) continue;
        try (Socket s = new Socket()) {
          s.connect(new InetSocketAddress(a, port), 2000);
          throw new AssertionError("management port open on " + a);
        } catch (java.io.IOException refused) {
          // expected
        }
      }
    }
  }
}
