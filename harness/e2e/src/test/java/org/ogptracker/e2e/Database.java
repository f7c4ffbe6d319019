package org.ogptracker.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ogptracker.platform.testing.RepoRoot;
import org.ogptracker.platform.testing.SuiteProcesses;
import org.ogptracker.ports.FreePorts;

/**
 * A PostgreSQL server of the end-to-end suite's own (deploy/local/postgres, instance
 * "NAME-PORT"), fresh for each run on a free port, so that a test may stop and start it under the
 * running services without touching the server other modules or a running stack use. The suite
 * has two: one for countries-service, commitments-service and notifications-service, and one
 * for reports-service alone, so that a consumer's database can be away while its producers go
 * on.
 */
final class Database {
  /** The server of countries-service, commitments-service and notifications-service. */
  static final Database MAIN = new Database("e2e", "ogp_countries_test", "ogp_commitments_test",
      "ogp_notifications_test");
  /** reports-service's own server. */
  static final Database REPORTS = new Database("e2e-reports", "ogp_reports_test");

  private static final Path SCRIPT = RepoRoot.resolve("deploy/local/postgres");
  private static final Path LOG = SuiteProcesses.log("postgres");
  private final String name;
  private final List<String> databases;
  private int port;
  /** Named by its port: two runs (or a run and a late shutdown hook) never share one. */
  private String instance;

  private Database(String name, String... databases) {
    this.name = name;
    this.databases = List.of(databases);
  }

  /** Starts a fresh server with its test databases; returns its JDBC URL (no database). */
  synchronized String startFresh() {
    port = FreePorts.next();
    try {
      Files.createDirectories(LOG.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    instance = name + "-" + port;
    List<String> args = new ArrayList<>(List.of("fresh", instance, String.valueOf(port)));
    args.addAll(databases);
    run(args.toArray(String[]::new));
    // The apps first (hooks run concurrently), so none of them sees its database vanish.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      SuiteProcesses.stopAll();
      run("remove", instance);
    }));
    return url();
  }

  String url() {
    return "jdbc:postgresql://127.0.0.1:" + port;
  }

  /** Fast shutdown, as an operator's restart begins: open sessions end at once. */
  void stop() {
    run("stop", instance);
  }

  void start() {
    run("start", instance, String.valueOf(port));
  }

  private static void run(String... args) {
    List<String> command = new ArrayList<>(List.of(SCRIPT.toString()));
    command.addAll(List.of(args));
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(LOG.toFile())).start();
      if (!p.waitFor(180, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IllegalStateException("deploy/local/postgres " + String.join(" ", args)
            + " failed");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
