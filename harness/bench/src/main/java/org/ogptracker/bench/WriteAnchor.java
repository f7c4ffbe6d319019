package org.ogptracker.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

/**
 * The anchor of the writes (issue 31): the SQL of one progress update from end to end, under
 * pgbench with as many clients as the suite's writers, in the three transactions the suite runs
 * for it. The statements are the services' own, as PostgreSQL logged them for one update
 * ({@code log_statement = all}); only their values are pgbench's:
 * <ol>
 *   <li>commitments-service's write: the commitment read, the milestone locked, the plan held,
 *       the update inserted, the milestone updated (version checked), the event into the outbox
 *       with its NOTIFY;
 *   <li>its outbox relay: the relay's lock, the unpublished events read, this one marked;
 *   <li>reports-service's consumer: the event into its inbox, the milestone's replica read, the
 *       event onto the plan's timeline, the replica updated.
 * </ol>
 * The suite's relay and consumer take what is waiting in one transaction (up to 500 events);
 * here each update pays for one of each, so the anchor does at least the SQL work the suite
 * does. Both services' tables live in one database of their own, in a schema each
 * ({@code commitments}, {@code reports}), copied from the bench suite's databases as their
 * migrations made them (pg_dump --schema-only), with the rows of the writes' plan: the suite's
 * databases are not written.
 */
final class WriteAnchor {
  static final String DATABASE = "ogp_write_anchor_bench";
  /** A connection each for the apps' pools and the bench's own, besides pgbench's clients. */
  private static final int CONNECTIONS_KEPT_FREE = 10;
  /** The event's data as the suite writes it (the outbox) and keeps it (the timeline). */
  private static final String EVENT = "{\"updateId\": 1, \"milestoneId\": \"ZZ0001.1\", "
      + "\"commitmentId\": \"ZZ0001\", \"planId\": \"AP_ZZ01\", \"memberCode\": \"ZZ\", "
      + "\"status\": \"in_progress\", \"percentComplete\": 10, \"note\": \"bench\", "
      + "\"evidenceUrls\": [], \"author\": \"bench\", "
      + "\"reportedAt\": \"2026-01-01T00:00:00.000000001Z\", \"milestoneVersion\": 1}";
  /** A random version 4 shape of UUID from two pgbench variables (the app makes its own). */
  private static final String EVENT_ID =
      "(lpad(to_hex(:hi::bigint), 16, '0') || lpad(to_hex(:lo::bigint), 16, '0'))::uuid";
  static final String SCRIPT = """
      \\set n random(1, :milestones)
      \\set hi random(0, 4611686018427387903)
      \\set lo random(0, 4611686018427387903)
      \\set percent random(1, 99)
      begin;
      select id, created_at, description, end_date, grand_challenges, lead_institution,
        member_code, ogp_values, plan_id, source_url, start_date, supporting_institutions, themes,
        title, updated_at, version
        from commitments.commitment where id = :commitment;
      select id, commitment_id, created_at, description, due_date, number, percent_complete,
        status, updated_at, updates, version as milestone_version
        from commitments.milestone where id = :commitment || '.' || :n::text
        for no key update \\gset
      select id, created_at, member_code, number, period_end, period_start, status,
        submitted_on, updated_at, version
        from commitments.action_plan where id = :plan for share;
      insert into commitments.progress_update (author, evidence_urls, milestone_id, note,
        percent_complete, reported_at, status)
        values ('bench', '{}', :commitment || '.' || :n::text, 'bench', :percent, now(),
          'IN_PROGRESS')
        returning *;
      update commitments.milestone set commitment_id = commitment_id, created_at = created_at,
        description = description, due_date = due_date, number = number,
        percent_complete = :percent, status = 'IN_PROGRESS', updated_at = now(),
        updates = updates + 1, version = version + 1
        where id = :commitment || '.' || :n::text and version = :milestone_version;
      with inserted as (insert into commitments.outbox_event (id, topic, record_key, type,
          subject, occurred_at, data)
        values (EVENT_ID, 'ogp.commitments.v1', :plan, 'ogp.milestone.progress-reported.v1',
          :commitment || '.' || :n::text, now(), cast('EVENT' as jsonb)))
        select 1 from pg_notify('ogp_outbox', '');
      commit;
      begin;
      select pg_try_advisory_xact_lock(122490058667380);
      set local plan_cache_mode = force_custom_plan;
      select seq, id, topic, record_key, type, subject, occurred_at, cast(data as text)
        from commitments.outbox_event where published_at is null order by seq limit 500;
      update commitments.outbox_event set published_at = now() where id = EVENT_ID;
      commit;
      begin;
      insert into reports.inbox_event (consumer, event_id)
        select 'reports.commitments', e from unnest(array[EVENT_ID::text]) as e
        on conflict do nothing
        returning event_id;
      select id, commitment_id, description, due_date, percent_complete, plan_id, status,
        updated_at, version
        from reports.milestone_replica where id = :commitment || '.' || :n::text;
      insert into reports.timeline_entry (data, event_id, occurred_at, plan_id, received_at,
          subject, type)
        values (cast('EVENT' as jsonb), EVENT_ID::text, now(), :plan, now(),
          :commitment || '.' || :n::text, 'ogp.milestone.progress-reported.v1')
        returning *;
      update reports.milestone_replica set commitment_id = commitment_id,
        description = description, due_date = due_date, percent_complete = :percent,
        plan_id = plan_id, status = 'in_progress', updated_at = now(), version = version + 1
        where id = :commitment || '.' || :n::text;
      commit;
      """.replace("EVENT_ID", EVENT_ID).replace("EVENT", EVENT);

  private final Database db;
  private final Path work;

  WriteAnchor(Database db, Path work) {
    this.db = db;
    this.work = work;
  }

  static boolean available() {
    return PgBench.available() && Processes.available("pg_dump") && Processes.available("psql");
  }

  /**
   * The anchor's database made afresh for {@code target} (its plan, its one commitment and its
   * milestones), then the script under pgbench with {@code clients} clients (fewer if the server
   * has not that many connections to spare).
   */
  Measured measure(PgBench pgbench, Writes.Target target, int clients, Duration duration)
      throws Exception {
    prepare(target);
    int connections = Math.max(1, Math.min(clients, spareConnections() - CONNECTIONS_KEPT_FREE));
    Map<String, String> variables = Map.of("plan", target.plan(),
        "commitment", commitmentOf(target), "milestones",
        Integer.toString(target.milestones().size()));
    PgBench runs = pgbench.withClients(connections);
    runs.script(DATABASE, SCRIPT, Duration.ofSeconds(Math.max(1, duration.toSeconds() / 2)),
        variables);
    return new Measured(runs.script(DATABASE, SCRIPT, duration, variables), runs.clients());
  }

  /** Updates per second and their latency under pgbench, and how many clients it had. */
  record Measured(PgBench.Result sql, int clients) {}

  private void prepare(Writes.Target target) throws Exception {
    db.recreate(DATABASE);
    String commitments = Suite.DATABASES.get(Suite.COMMITMENTS);
    String reports = Suite.DATABASES.get(Suite.REPORTS);
    copySchema(commitments, "commitments");
    copySchema(reports, "reports");
    String commitment = commitmentOf(target);
    String milestones = "'" + String.join("','", target.milestones()) + "'";
    copyRows(commitments, "commitments", "action_plan", "id = '" + target.plan() + "'");
    copyRows(commitments, "commitments", "commitment", "id = '" + commitment + "'");
    copyRows(commitments, "commitments", "milestone", "id in (" + milestones + ")");
    copyRows(reports, "reports", "milestone_replica", "id in (" + milestones + ")");
    try (Connection c = db.connect(DATABASE); Statement s = c.createStatement()) {
      s.execute("analyze");
    }
  }

  /** {@code source}'s tables, as its migrations made them, into the anchor's {@code schema}. */
  private void copySchema(String source, String schema) throws Exception {
    Files.createDirectories(work);
    Path dump = Files.createTempFile(work, "schema-" + schema, ".sql");
    try {
      Processes.output(db.tool("pg_dump", List.of("--schema-only", "--no-owner",
          "--no-privileges", "-f", dump.toString(), source)));
      Processes.output(db.tool("psql", List.of("-X", "-q", "-v", "ON_ERROR_STOP=1", "-f",
          dump.toString(), "-d", DATABASE)));
    } finally {
      Files.deleteIfExists(dump);
    }
    try (Connection c = db.connect(DATABASE); Statement s = c.createStatement()) {
      s.execute("alter schema public rename to " + schema);
      s.execute("create schema public");
    }
  }

  /**
   * The rows {@code where} picks of {@code table} from {@code source}: its stored columns, not
   * the generated ones (a commitment's search vector), which PostgreSQL computes again.
   */
  private void copyRows(String source, String schema, String table, String where)
      throws SQLException {
    try (Connection from = db.connect(source); Connection to = db.connect(DATABASE)) {
      String columns;
      try (Statement s = to.createStatement(); ResultSet r = s.executeQuery(
          "select string_agg(quote_ident(attname), ', ' order by attnum) from pg_attribute "
              + "where attrelid = '" + schema + "." + table + "'::regclass and attnum > 0 "
              + "and not attisdropped and attgenerated = ''")) {
        r.next();
        columns = r.getString(1);
      }
      ByteArrayOutputStream rows = new ByteArrayOutputStream();
      new CopyManager(from.unwrap(BaseConnection.class)).copyOut(
          "copy (select " + columns + " from " + table + " where " + where + ") to stdout", rows);
      long copied = new CopyManager(to.unwrap(BaseConnection.class)).copyIn("copy " + schema
          + "." + table + " (" + columns + ") from stdin",
          new ByteArrayInputStream(rows.toByteArray()));
      if (copied == 0) {
        throw new IllegalStateException("no rows of " + table + " in " + source + " where "
            + where);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private int spareConnections() throws SQLException {
    try (Connection c = db.connect("postgres"); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("select current_setting('max_connections')::int "
            + "- (select count(*) from pg_stat_activity)")) {
      r.next();
      return r.getInt(1);
    }
  }

  /** The writes' targets have one commitment; a milestone's id is its commitment's, dot, number. */
  private static String commitmentOf(Writes.Target target) {
    String milestone = target.milestones().get(0);
    return milestone.substring(0, milestone.indexOf('.'));
  }
}
