package org.ogptracker.e2e;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.ogptracker.platform.testing.SuiteProcesses;

/**
 * The four apps as processes on a PostgreSQL server of the suite's own, every call through the
 * gateway, and a record of the calls made (method and path) to hold against the merged OpenAPI.
 */
final class Suite {
  static final Set<String> CALLS = ConcurrentHashMap.newKeySet();
  private static boolean started;

  private Suite() {}

  // The apps stop with the test JVM (SuiteProcesses registers a shutdown hook).

  static synchronized void start() {
    if (started) {
      return;
    }
    SuiteProcesses.useDatabaseServer(Database.startFresh());
    // The story polls a lot from one address: limits out of its way (RateLimitTest covers them).
    String gateway = SuiteProcesses.startGateway(List.of(
        "-Dogp.gateway.limits.reads.burst=1000000", "-Dogp.gateway.limits.reads.per-second=1000000",
        "-Dogp.gateway.limits.writes.burst=1000000",
        "-Dogp.gateway.limits.writes.per-second=1000000"));
    RestAssured.baseURI = gateway;
    Filter record = (request, response, ctx) -> {
      CALLS.add(request.getMethod() + " " + URI.create(request.getURI()).getPath());
      return ctx.next(request, response);
    };
    RestAssured.filters(record);
    started = true;
  }
}
