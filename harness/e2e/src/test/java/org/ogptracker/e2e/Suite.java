package org.ogptracker.e2e;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.ogptracker.platform.testing.SuiteProcesses;

/**
 * The four apps as processes on PostgreSQL servers of the suite's own (reports-service on one of
 * its own), every call through the gateway, and a record of the calls made through it (method
 * and path) to hold against the merged OpenAPI. Every answer the gateway gives a test must be one the merged
 * OpenAPI declares (ContractFilter).
 */
final class Suite {
  static final Set<String> CALLS = ConcurrentHashMap.newKeySet();
  static final int MAX_POLL_INTERVAL_MS = 20_000;
  private static boolean started;

  private Suite() {}

  // The apps stop with the test JVM (SuiteProcesses registers a shutdown hook).

  static synchronized void start() {
    if (started) {
      return;
    }
    SuiteProcesses.useDatabaseServer(Database.MAIN.startFresh());
    SuiteProcesses.useDatabaseServer("reports-service", Database.REPORTS.startFresh());
    // A consumer may hold a record far longer than max.poll.interval.ms (waiting out its
    // database, ConsumerDatabaseOutageTest) without losing its partitions: made short here, so
    // that a poll loop that did stop would show as a rebalance.
    SuiteProcesses.addOptions("reports-service", List.of(
        "-Dmp.messaging.incoming.commitments.max.poll.interval.ms=" + MAX_POLL_INTERVAL_MS));
    // Milestones become overdue while the suite runs (EventContractTest), not within the hour.
    SuiteProcesses.addOptions("commitments-service", List.of(
        "-D%test.ogp.milestones.overdue-check-interval=2s",
        "-D%test.ogp.milestones.overdue-check-delay=1s"));
    // The story polls a lot from one address: limits out of its way (RateLimitTest covers them).
    String gateway = SuiteProcesses.startGateway(List.of(
        "-Dogp.gateway.limits.reads.burst=1000000", "-Dogp.gateway.limits.reads.per-second=1000000",
        "-Dogp.gateway.limits.writes.burst=1000000",
        "-Dogp.gateway.limits.writes.per-second=1000000"));
    RestAssured.baseURI = gateway;
    // Calls through the gateway: those the merged OpenAPI is to describe (a test's own call to a
    // service, as DemoData's import, is the service's document's).
    Filter record = (request, response, ctx) -> {
      if (request.getURI().startsWith(gateway + "/")) {
        CALLS.add(request.getMethod() + " " + URI.create(request.getURI()).getPath());
      }
      return ctx.next(request, response);
    };
    RestAssured.filters(record, new ContractFilter(gateway));
    started = true;
  }
}
