package org.ogptracker.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The SQL behind a read, run by pgbench straight against PostgreSQL (prepared statements, the same
 * connections and 2 threads as wrk), with per-transaction latencies from pgbench's log.
 */
final class PgBench {
  /** Transactions per second and latency percentiles. */
  record Result(double perSecond, double p50Millis, double p99Millis) {}

  private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
  private final Database server;
  private final Path work;
  private final int connections;

  PgBench(Database server, Path work, int connections) {
    this.server = server;
    this.work = work;
    this.connections = connections;
  }

  int clients() {
    return connections;
  }

  static boolean available() {
    return Processes.available("pgbench");
  }

  /** pgbench's own tables at scale 1 (100,000 accounts), for the point-select ceiling. */
  void initialize(String database) {
    Processes.output(command(database, "-i", "-s", "1", "-q"));
  }

  /** The built-in select-only script: a primary-key lookup in pgbench_accounts. */
  Result pointSelect(String database, Duration duration) {
    return run(database, duration, "-b", "select-only");
  }

  /** The same runs with {@code clients} connections. */
  PgBench withClients(int clients) {
    return new PgBench(server, work, clients);
  }

  /** A custom script (pgbench syntax: \set lines, then SQL) against {@code database}. */
  Result script(String database, String script, Duration duration) {
    return script(database, script, duration, Map.of());
  }

  /** A custom script with {@code variables} (pgbench -D name=value, read as :name). */
  Result script(String database, String script, Duration duration,
      Map<String, String> variables) {
    try {
      Files.createDirectories(work);
      Path file = Files.createTempFile(work, "script", ".sql");
      Files.writeString(file, script);
      try {
        List<String> workload = new ArrayList<>(List.of("-f", file.toString()));
        variables.forEach((name, value) -> workload.addAll(List.of("-D", name + "=" + value)));
        return run(database, duration, workload.toArray(String[]::new));
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Result run(String database, Duration duration, String... workload) {
    try {
      Path logs = Files.createTempDirectory(Files.createDirectories(work), "pgbench-log");
      List<String> args = new ArrayList<>(List.of("-n", "-M", "prepared", "-c",
          Integer.toString(connections), "-j", "2", "-T", Long.toString(Math.max(1, duration.toSeconds())),
          "-l", "--log-prefix=" + logs.resolve("tx")));
      args.addAll(List.of(workload));
      String out = Processes.output(command(database, args.toArray(String[]::new)));
      Matcher tps = TPS.matcher(out);
      if (!tps.find()) {
        throw new IllegalStateException("pgbench printed no tps:\n" + out);
      }
      long[] latencies = latencies(logs);
      return new Result(Double.parseDouble(tps.group(1)), Stats.millis(latencies, 0.5),
          Stats.millis(latencies, 0.99));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Latencies in nanoseconds: the third field of each line of pgbench's transaction logs. */
  private static long[] latencies(Path logs) throws IOException {
    List<Long> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(logs)) {
      for (Path f : files.toList()) {
        for (String line : Files.readAllLines(f)) {
          String[] fields = line.split(" ");
          if (fields.length > 2) {
            all.add(Long.parseLong(fields[2]) * 1000);
          }
        }
        Files.delete(f);
      }
    }
    Files.delete(logs);
    return all.stream().mapToLong(Long::longValue).toArray();
  }

  private ProcessBuilder command(String database, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add(database);
    return server.tool("pgbench", all);
  }
}
