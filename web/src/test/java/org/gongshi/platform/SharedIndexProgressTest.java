package org.gongshi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * One applier at a time for a shared (OpenSearch) index, on H2 and (when it answers on
 * 127.0.0.1:5432) PostgreSQL, with the real V21 migration: the second node skips while the first
 * holds the row, a holder that dies without committing leaves the last recorded sequence (the next
 * node replays from it), and a rebuild only ever lowers the sequence.
 */
class SharedIndexProgressTest {

  interface Connections {
    Connection open() throws SQLException;
  }

  @Test
  void oneApplierAtATimeOnH2() throws Exception {
    String url = "jdbc:h2:mem:applied" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    try (Connection keep = DriverManager.getConnection(url)) {
      migrate(keep);
      check(() -> DriverManager.getConnection(url));
    }
  }

  @Test
  void oneApplierAtATimeOnPostgres() throws Exception {
    String base = "jdbc:postgresql://127.0.0.1:5432/test";
    String schema = "applied_test_" + ProcessHandle.current().pid();
    Connection admin;
    try {
      admin = DriverManager.getConnection(base, "postgres", "postgres");
    } catch (SQLException e) {
      Assumptions.abort("no PostgreSQL on 127.0.0.1:5432: " + e.getMessage());
      return;
    }
    try (admin) {
      exec(admin, "CREATE SCHEMA " + schema);
      try {
        String url = base + "?currentSchema=" + schema;
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres")) {
          migrate(c);
        }
        check(() -> DriverManager.getConnection(url, "postgres", "postgres"));
      } finally {
        exec(admin, "DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }

  private static void check(Connections db) throws Exception {
    try (Connection a = db.open();
        Connection b = db.open()) {
      a.setAutoCommit(false);
      b.setAutoCommit(false);

      var first = SharedIndexProgress.claim(a, "archive");
      assertThat(first).as("node a holds the row").isPresent();
      assertThat(first.get().appliedSequence()).as("never recorded").isEmpty();
      assertThat(SharedIndexProgress.claim(b, "archive")).as("node b skips its turn").isEmpty();
      SharedIndexProgress.record(a, "archive", 500, "a", Instant.now());
      a.commit();

      var second = SharedIndexProgress.claim(b, "archive");
      assertThat(second).isPresent();
      assertThat(second.get().appliedSequence()).hasValue(500);
      SharedIndexProgress.record(b, "archive", 1000, "b", Instant.now());
      assertThat(SharedIndexProgress.claim(a, "archive")).as("a skips while b applies").isEmpty();
      a.rollback();
    }
    // b died mid-bulk: its connection closed without a commit, its 1000 never counted
    try (Connection c = db.open()) {
      c.setAutoCommit(false);
      var after = SharedIndexProgress.claim(c, "archive");
      assertThat(after).as("the lock went with the dead node's connection").isPresent();
      assertThat(after.get().appliedSequence()).as("replay from the last commit").hasValue(500);
      SharedIndexProgress.record(c, "archive", 900, "c", Instant.now());
      c.commit();

      SharedIndexProgress.lowerTo(c, "archive", 700, "c", Instant.now());
      c.commit();
      assertThat(SharedIndexProgress.read(c, "archive")).hasValue(700);
      SharedIndexProgress.lowerTo(c, "archive", 800, "c", Instant.now());
      c.commit();
      assertThat(SharedIndexProgress.read(c, "archive"))
          .as("a rebuild never raises the sequence")
          .isEqualTo(OptionalLong.of(700));
    }
  }

  private static void migrate(Connection c) throws Exception {
    String sql;
    try (var in =
        SharedIndexProgressTest.class.getResourceAsStream(
            "/db/migration/V21__search_applied.sql")) {
      sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    StringBuilder code = new StringBuilder();
    for (String line : sql.split("\n")) {
      if (!line.strip().startsWith("--")) code.append(line).append('\n');
    }
    for (String statement : code.toString().split(";")) {
      if (!statement.isBlank()) exec(c, statement);
    }
  }

  private static void exec(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
