package org.ogptracker.platform.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import org.apache.kafka.common.errors.TimeoutException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransientFailuresTest {

  /** A failure as Hibernate hands it on: the driver's SQLException inside its own. */
  static RuntimeException fromDatabase(String sqlState) {
    SQLException driver = new SQLException("from the server", sqlState);
    return new PersistenceException("could not execute statement",
        new ConstraintViolationException("wrapped", driver, null));
  }

  @ParameterizedTest(name = "SQLSTATE {0} passes by itself: {1}")
  @CsvSource({
      "08006, true", // connection failure: the server went away
      "08001, true", // cannot connect
      "57P01, true", // admin shutdown
      "57P03, true", // cannot connect now (starting up)
      "57014, true", // statement timeout
      "53300, true", // too many connections
      "40001, true", // serialization failure
      "40P01, true", // deadlock
      "55P03, true", // lock not available
      "23505, false", // unique violation: the record's own
      "23503, false", // foreign key
      "22P02, false", // invalid text representation
      "42P01, false", // undefined table: a bug, not an outage
  })
  void sql_states(String state, boolean passes) {
    assertEquals(passes, TransientFailures.isTransient(fromDatabase(state)));
  }

  @org.junit.jupiter.api.Test
  void outages_of_other_shapes_pass_and_bugs_do_not() {
    assertEquals(true, TransientFailures.isTransient(new PersistenceException(
        new JDBCConnectionException("gone", new SQLException("no state")))));
    assertEquals(true, TransientFailures.isTransient(new IllegalStateException("wrapped",
        new ConnectException("Connection refused"))));
    assertEquals(true, TransientFailures.isTransient(new TimeoutException("broker")));
    assertEquals(true, TransientFailures.isTransient(new jakarta.persistence.OptimisticLockException()));
    assertEquals(false, TransientFailures.isTransient(new NullPointerException()));
    assertEquals(false, TransientFailures.isTransient(new PoisonEventException("bad")));
    assertEquals(false, TransientFailures.isTransient(new IllegalStateException("no cause")));
  }
}
