package org.gongshi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded H2 database, opened with the options the server's datasource script gives it, keeps
 * every commit it acknowledged when the JVM dies at once (as under SIGKILL). With H2's default
 * WRITE_DELAY of 500 ms the same run loses the last half second of commits.
 */
class H2DurabilityTest {
  @TempDir Path dir;

  @Test
  void everyAcknowledgedCommitSurvivesAnAbruptHalt() throws Exception {
    String options = serverUrlOptions();
    assertThat(options).contains("WRITE_DELAY=0");
    String url = "jdbc:h2:file:" + dir.resolve("gongshi") + options;

    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Writer.class.getName(),
                url)
            .redirectErrorStream(true)
            .start();
    String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).as(out).isEqualTo(9);

    Set<Integer> acknowledged = new HashSet<>();
    for (String line : out.split("\n"))
      if (line.startsWith("ack ")) acknowledged.add(Integer.parseInt(line.substring(4).trim()));
    assertThat(acknowledged).hasSize(Writer.ROWS);

    Set<Integer> found = new HashSet<>();
    try (Connection c = DriverManager.getConnection(url, "sa", "sa");
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT i FROM acknowledged")) {
      while (r.next()) found.add(r.getInt(1));
    }
    assertThat(found).containsAll(acknowledged);
  }

  /** The options after the database path in the default URL of the H2 datasource script. */
  static String serverUrlOptions() throws Exception {
    String cli = Files.readString(Path.of("../wildfly-config/configure-datasource-h2.cli"));
    Matcher m = Pattern.compile("gongshi/db/gongshi(;[^}\"]*)").matcher(cli);
    assertThat(m.find()).as("the H2 URL in configure-datasource-h2.cli").isTrue();
    return m.group(1);
  }

  /** Commits rows one by one, says so after each commit, then halts without any shutdown. */
  public static final class Writer {
    static final int ROWS = 300;

    public static void main(String[] args) throws Exception {
      Connection c = DriverManager.getConnection(args[0], "sa", "sa");
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TABLE acknowledged (i INT PRIMARY KEY, filler VARCHAR(200))");
        for (int i = 0; i < ROWS; i++) {
          s.execute("INSERT INTO acknowledged VALUES (" + i + ", REPEAT('x', 200))");
          System.out.println("ack " + i);
        }
      }
      System.out.flush();
      Runtime.getRuntime().halt(9);
    }
  }
}
