package org.gongshi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Redeploying leaves no copy of the application in the server's memory. Each redeployment used to
 * keep the previous one (5,000 classes, Tika, HanLP's dictionaries, JasperReports) reachable from a
 * JVM shutdown hook and a ThreadLocal of the request threads, until the heap ran out.
 *
 * <p>Counts the server's class loaders named after the deployment with {@code jcmd} after full GCs
 * (the IT server clears soft references at every GC, so only strongly held copies stay). One pooled
 * server thread may keep a finished copy for a while (WildFly's thread pools hold the task that
 * started each thread): one more is tolerated, one per redeployment is a leak.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RedeploymentIT {
  static final String NAME = "gongshi";
  static final int REDEPLOYMENTS = 3;

  @Deployment(name = NAME, managed = false, testable = false)
  static WebArchive deployment() {
    return Deployments.gongshi();
  }

  @ArquillianResource Deployer deployer;

  @Test
  void redeployingTheUsedApplicationLeavesOnlyTheLiveCopyInMemory() {
    int before;
    int after;
    deployer.deploy(NAME);
    try {
      useReportsExtractionAndRedaction();
      before = ServerJvm.liveDeploymentClassLoaders(0);
      for (int i = 0; i < REDEPLOYMENTS; i++) {
        deployer.undeploy(NAME);
        deployer.deploy(NAME);
        useReportsExtractionAndRedaction();
      }
      after = ServerJvm.liveDeploymentClassLoaders(before + 1);
    } finally {
      deployer.undeploy(NAME);
    }

    System.out.printf(
        "RedeploymentIT: %d class loaders of the deployment before, %d after %d redeployments%n",
        before, after, REDEPLOYMENTS);
    assertThat(after - before)
        .as(
            "copies of the application still in memory after %d redeployments (before %d, after %d)",
            REDEPLOYMENTS, before, after)
        .isLessThanOrEqualTo(1);
  }

  /**
   * What kept the old copies: a Tika extraction, a JasperReports PDF, a HanLP redaction proposal.
   */
  static void useReportsExtractionAndRedaction() {
    URL base = base();
    Api officer = Api.as(base, "officer");
    Waits.until(() -> officer.get("reference/me").status(), status -> status == 200);
    long caseId = PublicationIT.decidedPersonCase(officer, LocalDate.now().minusDays(1));
    long doc = Cases.addDocument(officer, caseId, "INQUIRY_RECORD");
    long file =
        Cases.upload(officer, caseId, doc, "询问笔录.docx", SampleFiles.docx("询问笔录：当事人在东关路占道经营。"))
            .getJsonNumber("id")
            .longValue();
    assertThat(Waits.extractionFinished(officer, file).getString("extractionStatus"))
        .isEqualTo("DONE");
    assertThat(officer.get("cases/" + caseId + "/decision.pdf").status()).isEqualTo(200);
    assertThat(
            Api.as(base, "disclosure")
                .get("disclosure/cases/" + caseId + "/proposal")
                .json()
                .getString("publicText"))
        .contains("张某某");
  }

  static URL base() {
    int port = 8080 + Integer.getInteger("gongshi.it.port.offset", 0);
    try {
      return URI.create("http://127.0.0.1:" + port + "/").toURL();
    } catch (java.net.MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The managed WildFly this test JVM started, seen through jcmd. */
  static final class ServerJvm {
    private ServerJvm() {}

    /**
     * Class loaders of deployment "gongshi.war" after full GCs; retries for a while (undeployment
     * finishes in the background) until at most {@code expected} remain, then answers the last
     * count.
     */
    static int liveDeploymentClassLoaders(int expected) {
      long pid = serverPid();
      int count = Integer.MAX_VALUE;
      for (int attempt = 0; attempt < 20 && count > Math.max(expected, 1); attempt++) {
        jcmd(pid, "GC.run");
        jcmd(pid, "GC.run");
        count =
            (int)
                jcmd(pid, "VM.classloaders")
                    .lines()
                    .filter(l -> l.contains("\"deployment." + NAME + ".war\""))
                    .count();
        if (expected == 0) {
          break;
        }
        pause();
      }
      return count;
    }

    private static long serverPid() {
      String home = System.getProperty("jboss.home");
      List<ProcessHandle> servers =
          ProcessHandle.current()
              .descendants()
              .filter(
                  p ->
                      p.info()
                          .commandLine()
                          .map(c -> c.contains("jboss-modules.jar") && c.contains(home))
                          .orElse(false))
              .toList();
      assertThat(servers).as("the managed WildFly started from %s", home).hasSize(1);
      return servers.get(0).pid();
    }

    private static String jcmd(long pid, String command) {
      Path jcmd =
          Path.of(
              System.getProperty("gongshi.it.java.home", System.getProperty("java.home")),
              "bin",
              "jcmd");
      assertThat(jcmd).as("jcmd of the JDK that runs the tests").isExecutable();
      try {
        Process p =
            new ProcessBuilder(jcmd.toString(), Long.toString(pid), command)
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as("jcmd %s: %s", command, out).isZero();
        return out;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    private static void pause() {
      try {
        Thread.sleep(1_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
