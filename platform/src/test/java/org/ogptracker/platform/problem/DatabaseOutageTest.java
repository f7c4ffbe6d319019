package org.ogptracker.platform.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {
  @Test
  void connection_failures_anywhere_in_the_chain_are_an_outage() {
    assertTrue(DatabaseOutage.causedBy(new RuntimeException("tx",
        new SQLException("Connection to 127.0.0.1:5432 refused", "08001"))));
    assertTrue(DatabaseOutage.causedBy(
        new SQLException("terminating connection due to administrator command", "57P01")));
    assertTrue(DatabaseOutage.causedBy(new IllegalStateException(
        new SQLException("Sorry, acquisition timeout!"))));
  }

  @Test
  void reactive_client_connection_failures_are_an_outage() {
    assertTrue(DatabaseOutage.causedBy(new java.net.ConnectException("Connection refused")));
    assertTrue(DatabaseOutage.causedBy(new RuntimeException(ClosedConnectionException.INSTANCE)));
    assertTrue(DatabaseOutage.causedBy(new PgException("the database system is starting up",
        "FATAL", "57P03", null)));
    assertFalse(DatabaseOutage.causedBy(new PgException("duplicate key", "ERROR", "23505", null)));
  }

  @Test
  void timeouts_and_lost_races_are_busy_not_an_outage() {
    assertTrue(DatabaseOutage.busy(new RuntimeException("tx", new SQLException(
        "canceling statement due to lock timeout", "55P03"))));
    assertTrue(DatabaseOutage.busy(new SQLException(
        "canceling statement due to statement timeout", "57014")));
    assertTrue(DatabaseOutage.busy(new PgException("deadlock detected", "ERROR", "40P01", null)));
    assertFalse(DatabaseOutage.causedBy(new SQLException("lock timeout", "55P03")));
    assertFalse(DatabaseOutage.busy(new SQLException("duplicate key", "23505")));
    assertFalse(DatabaseOutage.busy(new SQLException("Connection refused", "08001")));
  }

  @Test
  void other_database_errors_are_not() {
    assertFalse(DatabaseOutage.causedBy(new SQLException("duplicate key", "23505")));
    assertFalse(DatabaseOutage.causedBy(new SQLException("syntax error", "42601")));
    assertFalse(DatabaseOutage.causedBy(new IllegalStateException("no cause")));
  }
}
