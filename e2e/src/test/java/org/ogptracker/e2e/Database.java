package org.ogptracker.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ogptracker.platform.testing.SuiteProcesses;

/**
 * The end-to-end suite's own PostgreSQL server (deploy/local/postgres, instance "e2e-PORT"), fresh
 * for each run on a free port, so that a test may stop and start it under the running services
 * without touching the server other modules or a running stack use.
 */
final class Database {
  private static final Path SCRIPT =
      Path.of("../deploy/local/postgres").toAbsolutePath().normalize();
  private static final Path LOG = SuiteProcesses.log("postgres");
  private static int port;
  /** Named by its port: two runs (or a run and a late shutdown hook) never share one. */
  private static String instance;

  private Database() {}

  /** Starts a fresh server with the services' test databases; returns its JDBC URL. */
  static synchronized String startFresh() {
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
      Files.createDirectories(LOG.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    instance = "e2e-" + port;
    run("fresh", instance, String.valueOf(port),
        "ogp_countries_test", "ogp_commitments_test", "ogp_reports_test");
    // The apps first (hooks run concurrently), so none of them sees its database vanish.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      SuiteProcesses.stopAll();
      run("remove", instance);
    }));
    return "jdbc:postgresql://127.0.0.1:" + port;
  }

  /** Fast shutdown, as an operator's restart begins: open sessions end at once. */
  static void stop() {
    run("stop", instance);
  }

  static void start() {
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
