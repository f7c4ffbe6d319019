package org.ogptracker.commitments.service;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.pgclient.PgPool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.ogptracker.commitments.domain.Commitment;
import org.ogptracker.platform.db.ReactivePools;
import org.ogptracker.platform.paging.PageRequest;

/**
 * The reads of commitments, on the event loop: one prepared statement over the reactive client,
 * no transaction, no persistence context. (Through Hibernate on a worker thread the same read
 * costs a thread hand-off, a transaction's BEGIN/COMMIT round trip and a session: about half the
 * throughput of one commitment, a third of a list page; see docs/performance.md.) What they
 * return are detached copies, never written.
 */
@ApplicationScoped
public class CommitmentReads {
  /**
   * What a read selects: every mapped column but the tsvector, which is as large as the text and
   * never read. {@link #commitment(Row)} reads them by position, in this order.
   */
  static final String COLUMNS = "id, plan_id, member_code, title, description, lead_institution, "
      + "supporting_institutions, start_date, end_date, grand_challenges, ogp_values, themes, "
      + "source_url, version, created_at, updated_at";
  private static final String BY_ID =
      "select " + COLUMNS + " from commitment where id = $1";
  private final PgPool pool;

  CommitmentReads(PgPool pool) {
    this.pool = pool;
  }

  /** Filters of the commitment list; null means any. Codes are checked by the caller. */
  public record Filter(String country, String plan, String challenge, String value, String theme,
      String q) {}

  public Uni<Optional<Commitment>> find(String id) {
    return pool.preparedQuery(BY_ID).execute(Tuple.of(id)).map(rows -> {
      RowIterator<Row> it = rows.iterator();
      return it.hasNext() ? Optional.of(commitment(it.next())) : Optional.empty();
    });
  }

  /** Up to {@code limit + 1} commitments in id order; {@code q} searches title and description. */
  public Uni<List<Commitment>> list(Filter f, PageRequest page) {
    return list(f, page, Descriptions.FULL);
  }

  /** The same, with each description as {@code descriptions} asks. */
  public Uni<List<Commitment>> list(Filter f, PageRequest page, Descriptions descriptions) {
    List<String> where = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    if (f.country() != null) {
      params.add(f.country());
      where.add("member_code = $" + params.size());
    }
    if (f.plan() != null) {
      params.add(f.plan());
      where.add("plan_id = $" + params.size());
    }
    if (f.challenge() != null) {
      params.add(new String[] {f.challenge()});
      where.add("grand_challenges @> $" + params.size() + "::text[]");
    }
    if (f.value() != null) {
      params.add(new String[] {f.value()});
      where.add("ogp_values @> $" + params.size() + "::text[]");
    }
    if (f.theme() != null) {
      params.add(new String[] {f.theme()});
      where.add("themes @> $" + params.size() + "::text[]");
    }
    if (f.q() != null) {
      params.add(f.q());
      where.add("search @@ websearch_to_tsquery('english', $" + params.size() + ")");
    }
    if (!page.first()) {
      params.add(page.after(0));
      where.add("id > $" + params.size());
    }
    params.add(page.limit() + 1);
    // Its best plan depends on the values: a rare word or theme wants its GIN index, a common
    // one the walk in id order.
    String columns = descriptions == Descriptions.FULL ? COLUMNS
        : COLUMNS.replace(", description,", ", " + descriptions.column() + ",");
    String sql = ReactivePools.plannedPerExecution("select " + columns
        + " from commitment" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
        + " order by id limit $" + params.size());
    return pool.preparedQuery(sql).execute(Tuple.from(params)).map(rows -> {
      List<Commitment> found = new ArrayList<>(rows.size());
      rows.forEach(r -> {
        Commitment c = commitment(r);
        c.description = descriptions.shown(c.description);
        found.add(c);
      });
      return found;
    });
  }

  /**
   * The row of a read, column by column in the order of {@link #COLUMNS}: by position, since a
   * lookup by name walks the column names (about 3% of the CPU of a one-row read).
   */
  static Commitment commitment(Row r) {
    Commitment c = new Commitment();
    int column = 0;
    c.id = r.getString(column++);
    c.planId = r.getString(column++);
    c.memberCode = r.getString(column++);
    c.title = r.getString(column++);
    c.description = r.getString(column++);
    c.leadInstitution = r.getString(column++);
    c.supportingInstitutions = list(r.getArrayOfStrings(column++));
    c.startDate = r.getLocalDate(column++);
    c.endDate = r.getLocalDate(column++);
    c.grandChallenges = list(r.getArrayOfStrings(column++));
    c.ogpValues = list(r.getArrayOfStrings(column++));
    c.themes = list(r.getArrayOfStrings(column++));
    c.sourceUrl = r.getString(column++);
    c.version = r.getLong(column++);
    c.createdAt = r.getOffsetDateTime(column++).toInstant();
    c.updatedAt = r.getOffsetDateTime(column).toInstant();
    return c;
  }

  private static List<String> list(String[] values) {
    return values == null ? List.of() : List.copyOf(Arrays.asList(values));
  }
}
