package org.ogptracker.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Every row of reports-service's database, read straight from it, to compare a before and after. */
final class ReportsTables {
  /**
   * What is no consumption's doing: the migrations' record, the service's own outbox (events it
   * publishes) and the deadline check's mark of a reported miss (a clock's doing).
   */
  private static final List<String> SKIPPED_TABLES = List.of("flyway_schema_history",
      "outbox_event");
  private static final List<String> SKIPPED_COLUMNS = List.of("missed_reported_at");

  private ReportsTables() {}

  /** Each table's rows, in a stable order, as text. */
  static String dump() throws SQLException {
    StringBuilder out = new StringBuilder();
    try (Connection c = DriverManager.getConnection(Database.REPORTS.url() + "/ogp_reports_test",
        System.getenv().getOrDefault("OGP_DB_USER", "postgres"),
        System.getenv().getOrDefault("OGP_DB_PASSWORD", ""));
         Statement s = c.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet r = s.executeQuery("select table_name from information_schema.tables "
          + "where table_schema = 'public' and table_type = 'BASE TABLE' order by 1")) {
        while (r.next()) {
          tables.add(r.getString(1));
        }
      }
      tables.removeAll(SKIPPED_TABLES);
      for (String table : tables) {
        List<String> columns = new ArrayList<>();
        try (ResultSet r = s.executeQuery("select column_name from information_schema.columns "
            + "where table_schema = 'public' and table_name = '" + table + "' order by ordinal_position")) {
          while (r.next()) {
            columns.add(r.getString(1));
          }
        }
        columns.removeAll(SKIPPED_COLUMNS);
        String list = String.join(", ", columns.stream().map(col -> "\"" + col + "\"").toList());
        out.append(table).append(":\n");
        try (ResultSet r = s.executeQuery("select " + list + " from \"" + table + "\" order by "
            + list)) {
          while (r.next()) {
            for (int i = 1; i <= columns.size(); i++) {
              out.append(i == 1 ? "" : "|").append(r.getString(i));
            }
            out.append('\n');
          }
        }
      }
    }
    return out.toString();
  }
}
