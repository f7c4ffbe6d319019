package org.ogptracker.platform.db;

import io.quarkus.reactive.pg.client.PgPoolCreator;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnectOptions;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * The reactive pool, with two kinds of statements.
 *
 * <p>Most reads have one good plan whatever their values (a primary key, a foreign key): their
 * statements are prepared once per connection and PostgreSQL may reuse a generic plan of them,
 * which saves the planning of every execution (a one-row read by id: ~1.9x the statements per
 * second of planning each execution; docs/performance.md).
 *
 * <p>A statement whose best plan depends on its values, such as a full-text search (a rare word
 * wants the GIN index, a common one the walk in id order that a generic plan would take for
 * every word, 300 ms for a rare one), is marked with {@link #plannedPerExecution}. It is never
 * kept prepared: PostgreSQL plans each execution of it for the values it carries.
 */
@Singleton
public class ReactivePools implements PgPoolCreator {
  static final String PLANNED_PER_EXECUTION = "/* planned per execution */ ";

  /** {@code sql}, marked to be planned for the values of each execution. */
  public static String plannedPerExecution(String sql) {
    return PLANNED_PER_EXECUTION + sql;
  }

  /** Whether the connections keep {@code sql} prepared (and so may plan it generically). */
  static boolean keptPrepared(String sql) {
    return !sql.startsWith(PLANNED_PER_EXECUTION);
  }

  @Override
  public Pool create(Input input) {
    for (PgConnectOptions options : input.pgConnectOptionsList()) {
      options.setPreparedStatementCacheSqlFilter(ReactivePools::keptPrepared);
    }
    return PgBuilder.pool()
        .with(input.poolOptions())
        .connectingTo(List.<SqlConnectOptions>copyOf(input.pgConnectOptionsList()))
        .using(input.vertx())
        .build();
  }
}
