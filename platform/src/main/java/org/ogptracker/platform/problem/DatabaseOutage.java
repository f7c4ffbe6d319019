package org.ogptracker.platform.problem;

import io.vertx.sqlclient.ClosedConnectionException;
import io.vertx.sqlclient.DatabaseException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure to reach the database (server down or restarting, pool unable to connect) from
 * any other error: the first is the client's to retry (503), the second a bug (500).
 */
final class DatabaseOutage {
  private DatabaseOutage() {}

  static boolean causedBy(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof SQLTransientConnectionException) {
        return true;
      }
      if (c instanceof SQLException sql && connectionState(sql.getSQLState())) {
        return true;
      }
      // Agroal, when no connection can be made within the acquisition timeout.
      if (c instanceof SQLException && String.valueOf(c.getMessage()).contains("acquisition timeout")) {
        return true;
      }
      // The reactive client (hot reads): refused or dropped connections, server states.
      if (c instanceof ConnectException || c instanceof ClosedConnectionException) {
        return true;
      }
      if (c instanceof DatabaseException db && connectionState(db.getSqlState())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The database gave up on the statement, not on the server: a lock waited for past
   * lock_timeout (55P03), a statement past statement_timeout (57014), a deadlock (40P01) or a
   * serialization failure (40001). Nothing was changed, and a retry may well pass.
   */
  static boolean busy(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
      String state = c instanceof SQLException sql ? sql.getSQLState()
          : c instanceof DatabaseException db ? db.getSqlState() : null;
      if (state != null && BUSY_STATES.contains(state)) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.Set<String> BUSY_STATES =
      java.util.Set.of("55P03", "57014", "40P01", "40001");

  /** SQLSTATE class 08 (connection exception) or 57P01-57P03 (server shutting down or starting). */
  static boolean connectionState(String state) {
    return state != null && (state.startsWith("08") || state.matches("57P0[123]"));
  }
}
