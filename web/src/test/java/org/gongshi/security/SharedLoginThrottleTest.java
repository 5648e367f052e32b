package org.gongshi.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every rule of {@link LoginThrottleTest} again, with the counts in the {@code login_failure} table
 * (the real V24 migration, H2), and what a cluster needs on top: a second node sees the first one's
 * failures and unlocks them, and two nodes failing the same new name at once lose no failure (on H2
 * and, when it answers on 127.0.0.1:5432, PostgreSQL).
 */
class SharedLoginThrottleTest extends LoginThrottleTest {
  private String url;
  private Connection keep;

  @Override
  LoginThrottle newThrottle() throws Exception {
    if (keep == null) {
      url = "jdbc:h2:mem:logins" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
      keep = DriverManager.getConnection(url);
      migrate(keep);
    }
    return node(() -> DriverManager.getConnection(url));
  }

  @AfterEach
  void close() throws SQLException {
    if (keep != null) keep.close();
  }

  @Override
  int keptKeys() throws Exception {
    try (Statement s = keep.createStatement();
        ResultSet r = s.executeQuery("SELECT COUNT(*) FROM login_failure")) {
      r.next();
      return r.getInt(1);
    }
  }

  /** A node: its own throttle over the shared table, with a memory that must stay unused. */
  private static LoginThrottle node(SharedLoginFailures.Connections connections) {
    LoginThrottle.Store unreachable =
        new LoginThrottle.Store() {
          @Override
          public <T> T update(
              List<String> keys,
              long now,
              java.util.function.Function<java.util.Map<String, LoginThrottle.State>, T> work) {
            throw new AssertionError("fell back to memory although the database answers");
          }
        };
    return new LoginThrottle(new SharedLoginFailures(connections, unreachable));
  }

  static void migrate(Connection c) throws Exception {
    try (InputStream in =
            SharedLoginThrottleTest.class.getResourceAsStream(
                "/db/migration/V24__login_failures.sql");
        Statement s = c.createStatement()) {
      String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String statement : sql.replaceAll("(?m)^--.*$", "").split(";")) {
        if (!statement.isBlank()) s.execute(statement);
      }
    }
  }

  @Test
  void aSecondNodeSeesTheFirstNodesFailuresAndItsUnlockReachesBoth() throws Exception {
    LoginThrottle node1 = t;
    LoginThrottle node2 = newThrottle();
    long now = 7_000_000;
    for (int i = 0; i < 7; i++) node1.failed("officer", "203.0.113.20", now);
    // the guesser moves to the other node: the same queue, not a fresh budget
    assertThat(node2.admit("officer", "203.0.113.21", now)).isEqualTo(4_000);
    assertThat(node1.admit("officer", "203.0.113.22", now)).isEqualTo(8_000);
    assertThat(node2.failures("officer", now)).isEqualTo(7);
    // the admin's unlock on node 2 lifts the delay on node 1
    assertThat(node2.clear("officer")).isTrue();
    assertThat(node1.admit("officer", "203.0.113.23", now)).isZero();
    assertThat(node1.failures("officer", now)).isZero();
  }

  @Test
  void twoNodesFailingTheSameNewNameAtOnceLoseNoFailureOnH2() throws Exception {
    newThrottle();
    concurrentFailures(() -> DriverManager.getConnection(url));
  }

  @Test
  void twoNodesFailingTheSameNewNameAtOnceLoseNoFailureOnPostgres() throws Exception {
    String base = "jdbc:postgresql://127.0.0.1:5432/test";
    String schema = "logins_test_" + ProcessHandle.current().pid();
    Connection admin;
    try {
      admin = DriverManager.getConnection(base, "postgres", "postgres");
    } catch (SQLException e) {
      Assumptions.abort("no PostgreSQL on 127.0.0.1:5432: " + e.getMessage());
      return;
    }
    try (admin) {
      admin.createStatement().execute("CREATE SCHEMA " + schema);
      try {
        String pg = base + "?currentSchema=" + schema;
        try (Connection c = DriverManager.getConnection(pg, "postgres", "postgres")) {
          migrate(c);
        }
        concurrentFailures(() -> DriverManager.getConnection(pg, "postgres", "postgres"));
      } finally {
        admin.createStatement().execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }

  /** Two nodes, four threads each, 20 failures per thread on one name never seen before. */
  private static void concurrentFailures(SharedLoginFailures.Connections connections)
      throws Exception {
    LoginThrottle node1 = node(connections);
    LoginThrottle node2 = node(connections);
    long now = 11_000_000;
    int threads = 8;
    int each = 20;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        LoginThrottle node = i % 2 == 0 ? node1 : node2;
        String address = "198.51.100." + (100 + i);
        done.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int k = 0; k < each; k++) node.failed("newcomer", address, now);
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> f : done) f.get();
    } finally {
      pool.shutdownNow();
    }
    assertThat(node1.failures("newcomer", now)).isEqualTo(threads * each);
    assertThat(node2.failures("newcomer", now)).isEqualTo(threads * each);
  }
}
