package org.gongshi.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Direct database access, as an attacker or a disaster would have it (bypassing the app). */
public final class Db {
  private Db() {}

  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        System.getProperty("gongshi.it.db.url"),
        System.getProperty("gongshi.it.db.user"),
        System.getProperty("gongshi.it.db.password", ""));
  }

  /**
   * Makes the next number of {@code table}'s identity column {@code seq} {@code gap} above its
   * highest, as a transaction that takes numbers and has not committed yet would; returns that
   * highest number. The numbers in between are free for rows written by hand.
   */
  /**
   * Runs the statements in one connection (rows written by hand, as older code or another node).
   */
  public static void update(String... statements) throws SQLException {
    try (Connection db = connect()) {
      for (String sql : statements) db.createStatement().executeUpdate(sql);
    }
  }

  public static long skipNumbers(String table, int gap) throws SQLException {
    try (Connection db = connect();
        java.sql.ResultSet r = db.createStatement().executeQuery("SELECT MAX(seq) FROM " + table)) {
      r.next();
      long max = r.getLong(1);
      db.createStatement()
          .execute("ALTER TABLE " + table + " ALTER COLUMN seq RESTART WITH " + (max + gap));
      return max;
    }
  }
}
