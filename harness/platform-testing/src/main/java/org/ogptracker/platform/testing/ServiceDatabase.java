package org.ogptracker.platform.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Connections of their own to the database of the service under test: what another instance of
 * the service, or another transaction, would hold while the test drives the API.
 */
public final class ServiceDatabase {
  private ServiceDatabase() {}

  /** A new connection to the service's datasource (the caller closes it). */
  public static Connection connect() throws SQLException {
    Config config = ConfigProvider.getConfig();
    return DriverManager.getConnection(
        config.getValue("quarkus.datasource.jdbc.url", String.class),
        config.getValue("quarkus.datasource.username", String.class),
        config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
  }

  /**
   * Runs {@code sql} (with {@code params}) in a transaction of its own that is always rolled
   * back, and returns the database's refusal of it, or empty when the statement ran: what a
   * person at a psql prompt could do to the service's tables, tried without doing it.
   */
  public static Optional<String> refusalOf(String sql, Object... params)
      throws SQLException {
    try (Connection c = connect()) {
      c.setAutoCommit(false);
      try (PreparedStatement s = c.prepareStatement(sql)) {
        for (int i = 0; i < params.length; i++) {
          s.setObject(i + 1, params[i]);
        }
        s.execute();
        return Optional.empty();
      } catch (SQLException refused) {
        return Optional.of(refused.getMessage());
      } finally {
        c.rollback();
      }
    }
  }

  /**
   * Fails unless the database refuses each statement (with {@code param}), saying {@code reason}
   * ({@link #refusalOf}: each tried in a transaction that is rolled back).
   */
  public static void assertRefused(String reason, Object param, String... statements)
      throws SQLException {
    for (String sql : statements) {
      String refusal = (param == null ? refusalOf(sql) : refusalOf(sql, param)).orElse("allowed");
      if (!refusal.contains(reason)) {
        throw new AssertionError(sql + ": expected a refusal saying '" + reason + "', got: "
            + refusal);
      }
    }
  }

  /**
   * Waits until another session waits for a lock {@code holder} holds: the point where a write
   * that queues behind the holder's transaction is known to be queued, not merely not yet sent.
   */
  public static void awaitBlockedBy(Connection holder, Duration atMost) {
    Awaitility.await("a session waiting for a lock this transaction holds").atMost(atMost)
        .pollInterval(Duration.ofMillis(50)).until(() -> blockedBy(holder) > 0);
  }

  private static int blockedBy(Connection holder) throws SQLException {
    try (PreparedStatement s = holder.prepareStatement("""
            select count(*) from pg_stat_activity a
            where pg_backend_pid() = any(pg_blocking_pids(a.pid))""");
        ResultSet r = s.executeQuery()) {
      r.next();
      return r.getInt(1);
    }
  }
}
