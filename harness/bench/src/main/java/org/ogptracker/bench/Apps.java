package org.ogptracker.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The apps under measurement, each a process of its own started from its built jar
 * ({@code <app>/target/quarkus-app}) with the JVM options the local stack uses, on the bench's
 * ports, databases and topics, so that a running stack is left alone. Started one at a time, so
 * each start-up is timed on a machine that does nothing else.
 */
final class Apps implements AutoCloseable {
  /** One started app: where it listens and how long it took to be ready. */
  record App(String name, int port, Process process, Duration readyAfter) {
    String url() {
      return "http://127.0.0.1:" + port;
    }

    /** Resident memory now, in MiB (VmRSS). */
    long rssMib() {
      return Apps.rssMib(process.pid());
    }
  }

  private static final HttpClient HTTP = HttpClient.newBuilder()
      .connectTimeout(Duration.ofMillis(500)).build();
  private final Path root;
  private final Path logs;
  private final Map<String, App> running = new LinkedHashMap<>();

  Apps(Path root, Path logs) {
    this.root = root;
    this.logs = logs;
    // Interrupted (Ctrl-C) or failed: no app outlives the run.
    Runtime.getRuntime().addShutdownHook(new Thread(this::close));
  }

  /** Starts {@code app} (a module of the repository) with these -D options; waits until ready. */
  App start(String app, int port, Map<String, String> properties) {
    // As the local stack starts it (its JVM options, its class-data archive); exec keeps the pid.
    List<String> command = new ArrayList<>(List.of(
        root.resolve("deploy/local/run-app").toString(), app));
    command.add("-Dquarkus.http.port=" + port);
    properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
    // Its collector's pauses beside its log, for the outliers of a latency measurement.
    command.add("-Xlog:gc:file=" + logs.resolve(app + "-gc.log"));
    try {
      Files.createDirectories(logs);
      long started = System.nanoTime();
      Process process = new ProcessBuilder(command)
          .redirectErrorStream(true)
          .redirectOutput(logs.resolve(app + ".log").toFile())
          .start();
      try {
        awaitReady(app, port, process);
      } catch (RuntimeException e) {
        process.destroyForcibly();
        throw e;
      }
      App a = new App(app, port, process, Duration.ofNanos(System.nanoTime() - started));
      running.put(app, a);
      return a;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  App get(String app) {
    App a = running.get(app);
    if (a == null) {
      throw new IllegalStateException(app + " was not started");
    }
    return a;
  }

  /** Stops one app and waits until it is gone. */
  synchronized void stop(String app) {
    App a = running.remove(app);
    if (a != null) {
      a.process().destroy();
      awaitExit(a.process());
    }
  }

  List<App> all() {
    return List.copyOf(running.values());
  }

  private void awaitReady(String app, int port, Process process) {
    awaitOk(URI.create("http://127.0.0.1:" + port + "/q/health/ready"), process, app,
        logs.resolve(app + ".log"), Duration.ofSeconds(120));
  }

  /**
   * Polls {@code url} until it answers 200; fails when {@code process} ({@code what}, writing to
   * {@code log}) has exited, or after {@code within}.
   */
  static void awaitOk(URI url, Process process, String what, Path log, Duration within) {
    long deadline = System.nanoTime() + within.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(what + " exited; see " + log);
      }
      try {
        int status = HTTP.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(2))
            .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep(20);
    }
    throw new IllegalStateException(what + " did not answer 200 at " + url + " in "
        + within.toSeconds() + " s; see " + log);
  }

  static long rssMib(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
        }
      }
    } catch (IOException e) {
      return -1;
    }
    return -1;
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public synchronized void close() {
    List<App> apps = new ArrayList<>(running.values());
    apps.forEach(a -> a.process().destroy());
    apps.forEach(a -> awaitExit(a.process()));
    running.clear();
  }

  /**
   * Up to 60 s for a clean stop, then killed: a busy app must not outlive the run. A clean stop
   * includes writing the class-data archive of a first start (deploy/local/run-app): ~100 MB,
   * 14 s on the slower 2-core machine, where a 10 s limit killed it half-written and every timed
   * start after it ran without an archive.
   */
  private static void awaitExit(Process p) {
    try {
      if (!p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      p.destroyForcibly();
    }
  }
}
