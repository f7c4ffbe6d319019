package org.ogptracker.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * When the suite's events have all arrived: every service's outbox published, and each
 * consumer's inbox holding as many events as its producer wrote. (A measuring tool may read the
 * services' tables; the services never read each other's.)
 */
final class Drain {
  /** A producer's database, and the consumer of its events. */
  private record Flow(String producer, String consumerDatabase, String consumer) {}

  private static final Flow[] FLOWS = {
      new Flow(Suite.COUNTRIES, Suite.COMMITMENTS, "commitments.countries"),
      new Flow(Suite.COMMITMENTS, Suite.REPORTS, "reports.commitments"),
      new Flow(Suite.REPORTS, Suite.COUNTRIES, "countries.reports")};
  private final Database db;

  Drain(Database db) {
    this.db = db;
  }

  /** Waits until nothing is in flight; how long that took. */
  Duration await(Duration within) throws SQLException {
    long start = System.nanoTime();
    long deadline = start + within.toNanos();
    while (inFlight() > 0) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(inFlight() + " events still in flight after " + within);
      }
      Apps.sleep(100);
    }
    return Duration.ofNanos(System.nanoTime() - start);
  }

  /** Events written but not yet applied by their consumer. */
  long inFlight() throws SQLException {
    long pending = 0;
    for (Flow f : FLOWS) {
      long written = count(f.producer(), "select count(*) from outbox_event");
      long applied = count(f.consumerDatabase(),
          "select count(*) from inbox_event where consumer = '" + f.consumer() + "'");
      pending += Math.max(0, written - applied);
    }
    return pending;
  }

  /** Events the services have written so far, all topics. */
  long produced() throws SQLException {
    long n = 0;
    for (Flow f : FLOWS) {
      n += count(f.producer(), "select count(*) from outbox_event");
    }
    return n;
  }

  long count(String service, String sql) throws SQLException {
    try (Connection c = db.connect(Suite.DATABASES.get(service));
         Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
