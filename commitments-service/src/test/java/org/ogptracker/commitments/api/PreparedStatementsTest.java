package org.ogptracker.commitments.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.pgclient.PgPool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogptracker.platform.db.ReactivePools;

/**
 * The service's reactive connections keep a read's statement prepared (PostgreSQL may then plan
 * it once, generically), but never a statement marked as planned per execution, such as a search:
 * PostgreSQL plans that one for the values each execution carries. What a connection keeps is
 * what PostgreSQL lists in that session's {@code pg_prepared_statements}.
 */
@QuarkusTest
class PreparedStatementsTest {
  private static final String KEPT = "select count(*) from commitment where plan_id = $1";
  private static final String PER_EXECUTION = ReactivePools.plannedPerExecution(
      "select count(*) from commitment where search @@ plainto_tsquery('english', $1)");

  @Inject
  PgPool pool;

  @Test
  void reads_stay_prepared_and_searches_are_planned_each_time() {
    List<String> prepared = pool.withConnection(conn -> runSixTimes(conn, KEPT, "AL0001")
        .chain(() -> runSixTimes(conn, PER_EXECUTION, "water"))
        .chain(() -> conn.query("select statement, generic_plans + custom_plans as runs"
            + " from pg_prepared_statements where not from_sql").execute())
        .map(rows -> {
          List<String> found = new ArrayList<>();
          for (Row r : rows) {
            found.add(r.getString("statement") + " [" + r.getLong("runs") + "]");
          }
          return found;
        }))
        .await().indefinitely();

    assertTrue(prepared.contains(KEPT + " [6]"), "the read was not kept prepared: " + prepared);
    assertEquals(0, prepared.stream().filter(s -> s.contains("search @@")).count(),
        "the search was kept prepared, so PostgreSQL could plan it generically: " + prepared);
  }

  private static Uni<Void> runSixTimes(SqlConnection conn, String sql, String value) {
    Uni<Void> runs = Uni.createFrom().voidItem();
    for (int i = 0; i < 6; i++) {
      runs = runs.chain(() -> conn.preparedQuery(sql).execute(Tuple.of(value)).replaceWithVoid());
    }
    return runs;
  }
}
