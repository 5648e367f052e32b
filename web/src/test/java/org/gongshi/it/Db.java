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
}
