package org.gongshi.search.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.gongshi.search.SearchEngine;
import org.gongshi.search.index.IndexSchema;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One OpenSearch node for the whole test run: the integ-test distribution the build unpacks into
 * {@code target/opensearch} (property {@code gongshi.opensearch.home}), started on a loopback port
 * ({@code gongshi.opensearch.port}, default 10300) as user {@code nobody} when the build runs as
 * root (OpenSearch refuses root), stopped when the test JVM exits. {@code -Dgongshi.opensearch.url}
 * uses a running cluster instead; {@code -DskipOpenSearch} skips the OpenSearch tests with a
 * message. Each test's indexes are deleted after it.
 */
public final class OpenSearchNode implements BeforeAllCallback, AfterEachCallback {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .proxy(java.net.ProxySelector.of(null))
          .connectTimeout(Duration.ofSeconds(2))
          .build();
  private static final AtomicInteger NEXT = new AtomicInteger();
  private static final List<String> CREATED = new ArrayList<>();
  private static OpenSearchConnection connection;
  private static String url;
  private static String failure;

  @Override
  public void beforeAll(ExtensionContext context) {
    Assumptions.assumeFalse(
        Boolean.getBoolean("skipOpenSearch"),
        "OpenSearch contract tests skipped (-DskipOpenSearch): only the Lucene backend was tested");
    start();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    List<String> prefixes;
    synchronized (CREATED) {
      prefixes = List.copyOf(CREATED);
      CREATED.clear();
    }
    for (String p : prefixes) {
      http("DELETE", "/" + p + "-*");
    }
  }

  /** A fresh, empty index of the schema on the test node. */
  public static SearchEngine engine(IndexSchema schema) {
    return engine(schema, "t" + ProcessHandle.current().pid() + "-" + NEXT.incrementAndGet());
  }

  /** The engine of an index with a given name prefix (opened again by a second call). */
  public static synchronized OpenSearchEngine engine(IndexSchema schema, String prefix) {
    start();
    synchronized (CREATED) {
      if (CREATED.contains(prefix) == false) {
        CREATED.add(prefix);
      }
    }
    try {
      if (connection == null) {
        connection = OpenSearchConnection.open(OpenSearchSettings.local(url, "gongshi-test"));
      }
      return OpenSearchEngine.open(connection, schema, prefix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The node's address. */
  public static synchronized String url() {
    start();
    return url;
  }

  static synchronized void start() {
    if (url != null) {
      return;
    }
    if (failure != null) {
      throw new IllegalStateException(failure);
    }
    String given = System.getProperty("gongshi.opensearch.url");
    if (given != null && given.isBlank() == false) {
      url = given;
      return;
    }
    int port = Integer.getInteger("gongshi.opensearch.port", 10300);
    String candidate = "http://127.0.0.1:" + port;
    if (answers(candidate)) {
      url = candidate; // a node this build started earlier, or a developer's
      return;
    }
    try {
      launch(port);
      long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
      while (answers(candidate) == false) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("OpenSearch did not start in 3 minutes on " + candidate);
        }
        Thread.sleep(500);
      }
      url = candidate;
    } catch (IOException | InterruptedException | RuntimeException e) {
      failure = "OpenSearch could not be started: " + e;
      throw new IllegalStateException(failure, e);
    }
  }

  private static void launch(int port) throws IOException, InterruptedException {
    String homeProp = System.getProperty("gongshi.opensearch.home");
    if (homeProp == null || Files.isDirectory(Path.of(homeProp, "bin")) == false) {
      throw new IllegalStateException(
          "no OpenSearch distribution at "
              + homeProp
              + ": run through Maven (it unpacks org.opensearch.distribution.integ-test-zip),"
              + " pass -Dgongshi.opensearch.url=…, or skip with -DskipOpenSearch");
    }
    Path home = Path.of(homeProp).toAbsolutePath();
    Path run = home.resolveSibling("run-" + port);
    Files.createDirectories(run.resolve("data"));
    Files.createDirectories(run.resolve("logs"));
    boolean root = "root".equals(System.getProperty("user.name"));
    if (root) {
      // OpenSearch refuses to run as root: hand the distribution to an unprivileged user
      exec(List.of("chown", "-R", "nobody:nogroup", home.toString(), run.toString()));
    }
    List<String> cmd = new ArrayList<>();
    if (root) {
      cmd.addAll(List.of("runuser", "-u", "nobody", "--"));
    }
    cmd.addAll(
        List.of(
            "env",
            "OPENSEARCH_JAVA_HOME=" + System.getProperty("java.home"),
            "OPENSEARCH_JAVA_OPTS=-Xms512m -Xmx512m",
            home.resolve("bin/opensearch").toString(),
            "-E",
            "discovery.type=single-node",
            "-E",
            "network.host=127.0.0.1",
            "-E",
            "http.port=" + port,
            "-E",
            "transport.port=" + (port + 100),
            "-E",
            "path.data=" + run.resolve("data"),
            "-E",
            "path.logs=" + run.resolve("logs"),
            "-E",
            "cluster.routing.allocation.disk.threshold_enabled=false",
            "-E",
            "search.max_open_pit_context=10000"));
    Process p =
        new ProcessBuilder(cmd)
            .directory(home.toFile())
            .redirectErrorStream(true)
            .redirectOutput(run.resolve("console.log").toFile())
            .start();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  p.descendants().forEach(ProcessHandle::destroy);
                  p.destroy();
                }));
  }

  private static void exec(List<String> cmd) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(cmd).inheritIO().start();
    if (p.waitFor() != 0) {
      throw new IOException("failed: " + cmd);
    }
  }

  private static boolean answers(String base) {
    try {
      HttpResponse<Void> r =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(base + "/_cluster/health"))
                  .timeout(Duration.ofSeconds(2))
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      return r.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static void http(String method, String path) {
    try {
      HTTP.send(
          HttpRequest.newBuilder(URI.create(url + path))
              .method(method, HttpRequest.BodyPublishers.noBody())
              .timeout(Duration.ofSeconds(30))
              .build(),
          HttpResponse.BodyHandlers.discarding());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
