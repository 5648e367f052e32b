package org.gongshi.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * Pruning a feed (the search outbox, the public changes): the rows up to a number go and the
 * horizon under the feed's name records how far, never moving back.
 */
class DeleteThroughTest {

  @Test
  void deletesThroughTheNumberAndRecordsAHorizonThatNeverMovesBack() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:h2:mem:prune" + System.nanoTime());
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE search_outbox_pruned (index_name VARCHAR(40) PRIMARY KEY,"
              + " pruned_through BIGINT NOT NULL, pruned_at TIMESTAMP WITH TIME ZONE NOT NULL)");
      s.execute("CREATE TABLE public_change (seq BIGINT PRIMARY KEY)");
      for (int i = 1; i <= 10; i++) s.execute("INSERT INTO public_change VALUES (" + i + ")");

      assertThat(SearchReplicas.deleteThrough(c, "public-change", "public_change", 6)).isEqualTo(6);
      assertThat(count(s, "SELECT COUNT(*) FROM public_change")).isEqualTo(4);
      assertThat(horizon(s)).isEqualTo(6);

      // an older point deletes nothing more and leaves the horizon where it was
      assertThat(SearchReplicas.deleteThrough(c, "public-change", "public_change", 3)).isZero();
      assertThat(horizon(s)).isEqualTo(6);
      assertThat(SearchReplicas.deleteThrough(c, "public-change", "public_change", 10))
          .isEqualTo(4);
      assertThat(horizon(s)).isEqualTo(10);
      assertThat(c.getAutoCommit()).isTrue();
    }
  }

  private static long horizon(Statement s) throws Exception {
    return count(
        s, "SELECT pruned_through FROM search_outbox_pruned WHERE index_name = 'public-change'");
  }

  private static long count(Statement s, String sql) throws Exception {
    try (ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
