package org.ogptracker.bench;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/** The PostgreSQL server of the run (OGP_DB_URL, a JDBC URL without database). */
record Database(String jdbcUrl, String user, Optional<String> password) {

  static Database fromEnvironment() {
    String url = System.getenv().getOrDefault("OGP_DB_URL", "jdbc:postgresql://127.0.0.1:5432");
    String password = System.getenv("OGP_DB_PASSWORD");
    return new Database(url, System.getenv().getOrDefault("OGP_DB_USER", "postgres"),
        Optional.ofNullable(password).filter(p -> !p.isEmpty()));
  }

  /** host and port, as a URI. */
  URI uri() {
    return URI.create(jdbcUrl.substring("jdbc:".length()));
  }

  /**
   * One of PostgreSQL's client tools (pgbench, pg_dump, psql) pointed at this server: host, port
   * and user first, then {@code args}.
   */
  ProcessBuilder tool(String name, List<String> args) {
    URI uri = uri();
    List<String> command = new ArrayList<>(List.of(name, "-h", uri.getHost(), "-p",
        Integer.toString(uri.getPort() > 0 ? uri.getPort() : 5432), "-U", user));
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command);
    password.ifPresent(p -> builder.environment().put("PGPASSWORD", p));
    return builder;
  }

  Connection connect(String database) throws SQLException {
    Properties props = new Properties();
    props.put("user", user);
    password.ifPresent(p -> props.put("password", p));
    return DriverManager.getConnection(jdbcUrl + "/" + database, props);
  }

  /** ANALYZE of every table of each database, as autovacuum would after a bulk load. */
  void analyze(String... databases) throws SQLException {
    for (String db : databases) {
      try (Connection c = connect(db); Statement s = c.createStatement()) {
        s.execute("analyze");
      }
    }
  }

  /**
   * VACUUM of every table of each database, then a CHECKPOINT: what a bulk load left for
   * autovacuum and the checkpointer is done before a latency is measured, not during it (as
   * pgbench vacuums before each of its runs).
   */
  void settle(String... databases) throws SQLException {
    for (String db : databases) {
      try (Connection c = connect(db); Statement s = c.createStatement()) {
        s.execute("vacuum");
      }
    }
    try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
      s.execute("checkpoint");
    }
  }

  /** Drops and creates each database: every run starts empty. */
  void recreate(String... databases) throws SQLException {
    try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
      for (String db : databases) {
        s.execute("drop database if exists " + db + " with (force)");
        s.execute("create database " + db);
      }
    }
  }
}
