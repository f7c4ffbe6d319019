package org.ogptracker.commitments.service;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.pgclient.PgPool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.ogptracker.commitments.domain.Commitment;

/**
 * The hot reads of commitments, on the event loop: one prepared statement over the reactive
 * client, no transaction, no persistence context. (Through Hibernate on a worker thread the same
 * read costs a thread hand-off, a transaction's BEGIN/COMMIT round trip and a session: about half
 * the throughput; see docs/benchmarks.md.) What it returns is a detached copy, never written.
 */
@ApplicationScoped
public class CommitmentReads {
  private static final String BY_ID =
      "select " + CommitmentService.COLUMNS + " from commitment where id = $1";
  private final PgPool pool;

  CommitmentReads(PgPool pool) {
    this.pool = pool;
  }

  public Uni<Optional<Commitment>> find(String id) {
    return pool.preparedQuery(BY_ID).execute(Tuple.of(id)).map(rows -> {
      RowIterator<Row> it = rows.iterator();
      return it.hasNext() ? Optional.of(commitment(it.next())) : Optional.empty();
    });
  }

  static Commitment commitment(Row r) {
    Commitment c = new Commitment();
    c.id = r.getString("id");
    c.planId = r.getString("plan_id");
    c.memberCode = r.getString("member_code");
    c.title = r.getString("title");
    c.description = r.getString("description");
    c.leadInstitution = r.getString("lead_institution");
    c.supportingInstitutions = list(r.getArrayOfStrings("supporting_institutions"));
    c.startDate = r.getLocalDate("start_date");
    c.endDate = r.getLocalDate("end_date");
    c.grandChallenges = list(r.getArrayOfStrings("grand_challenges"));
    c.ogpValues = list(r.getArrayOfStrings("ogp_values"));
    c.themes = list(r.getArrayOfStrings("themes"));
    c.sourceUrl = r.getString("source_url");
    c.version = r.getLong("version");
    c.createdAt = r.getOffsetDateTime("created_at").toInstant();
    c.updatedAt = r.getOffsetDateTime("updated_at").toInstant();
    return c;
  }

  private static List<String> list(String[] values) {
    return values == null ? List.of() : List.copyOf(Arrays.asList(values));
  }
}
