package org.ogptracker.platform.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.ogptracker.ports.FreePorts;

/**
 * The suite's apps as real processes, for tests across process boundaries (the gateway's, the
 * end-to-end suite): each built jar ({@code <app>/target/quarkus-app}) runs on a free port with
 * the test profile (the test databases of deploy/local/test) and trusts the test token key. The
 * apps publish and consume on the test JVM's topics ({@link TestTopics}: test.*, or e2e.* for
 * the end-to-end suite, whose topics then hold its own events only). Started once per test JVM
 * and stopped with it.
 */
public final class SuiteProcesses {
  public static final List<String> SERVICES =
      List.of("countries-service", "commitments-service", "reports-service",
          "notifications-service");
  public static final String GATEWAY = "gateway";
  /** The public pages, made from the services' API (no database, no Kafka), behind the gateway. */
  public static final String PAGES = "pages-service";
  private static final Path ROOT = RepoRoot.PATH;
  private static final Path LOGS = Path.of("target/suite-logs").toAbsolutePath();
  private static final Map<String, Integer> PORTS = new LinkedHashMap<>();
  private static final Map<String, Process> RUNNING = new HashMap<>();
  private static final Map<String, List<String>> OPTIONS = new HashMap<>();
  private static final Map<String, List<String>> EXTRA_OPTIONS = new HashMap<>();
  private static final Map<String, String> DATABASE_SERVERS = new HashMap<>();
  /** The app a process of another name runs (a gateway replica runs the gateway). */
  private static final Map<String, String> APPS = new HashMap<>();
  private static final Set<String> LAUNCHED = new HashSet<>();
  /** Each service's incoming channels, by the topic each reads (docs/asyncapi.yaml). */
  private static final Map<String, Map<String, String>> INCOMING = Map.of(
      "countries-service", Map.of("reports", "ogp.reports.v1"),
      "commitments-service", Map.of("countries", "ogp.countries.v1"),
      "reports-service", Map.of("commitments", "ogp.commitments.v1"),
      "notifications-service", Map.of("countries", "ogp.countries.v1",
          "commitments", "ogp.commitments.v1", "reports", "ogp.reports.v1"));
  private static Path publicKey;
  private static String databaseServer;

  private SuiteProcesses() {}

  /**
   * Runs the apps started from now on against this PostgreSQL server (a JDBC URL without
   * database, as {@code OGP_DB_URL}) instead of the one {@code deploy/local/test} found.
   */
  public static synchronized void useDatabaseServer(String jdbcUrl) {
    databaseServer = jdbcUrl;
  }

  /** Runs {@code service}, once started, against a PostgreSQL server of its own. */
  public static synchronized void useDatabaseServer(String service, String jdbcUrl) {
    DATABASE_SERVERS.put(service, jdbcUrl);
  }

  /**
   * The consumer group of {@code service} as started here: its name and the test JVM's topic
   * prefix (reports-service-test, reports-service-e2e), so that apps started by another module's
   * tests never join the group of these and take their partitions.
   */
  public static String consumerGroup(String service) {
    return service + "-" + TestTopics.of("").replace(".", "");
  }

  /** Starts {@code service} (when it starts) with these options (-D...) too. */
  public static synchronized void addOptions(String service, List<String> options) {
    EXTRA_OPTIONS.computeIfAbsent(service, s -> new ArrayList<>()).addAll(options);
  }

  /**
   * Starts the services (once) and returns the gateway configuration that points at them.
   */
  public static synchronized Map<String, String> startServices() {
    try {
      if (publicKey == null) {
        Files.createDirectories(LOGS);
        publicKey = LOGS.resolve("test-jwt-public.pem");
        try (InputStream key = SuiteProcesses.class.getResourceAsStream("/test-jwt-public.pem")) {
          Files.copy(key, publicKey, StandardCopyOption.REPLACE_EXISTING);
        }
        // The apps end with the test JVM.
        Runtime.getRuntime().addShutdownHook(new Thread(SuiteProcesses::stopAll));
      }
      List<String> started = new ArrayList<>();
      for (String service : SERVICES) {
        if (!RUNNING.containsKey(service)) {
          PORTS.put(service, freePort());
          List<String> options = new ArrayList<>(List.of(
              "-Dogp.outbox.topic-prefix=" + TestTopics.of("")));
          INCOMING.get(service).forEach((channel, topic) -> {
            String incoming = "-D%test.mp.messaging.incoming." + channel;
            options.add(incoming + ".topic=" + TestTopics.of(topic));
            options.add(incoming + ".group.id=" + consumerGroup(service));
          });
          options.addAll(EXTRA_OPTIONS.getOrDefault(service, List.of()));
          OPTIONS.put(service, options);
          launch(service);
          started.add(service);
        }
      }
      started.forEach(SuiteProcesses::awaitReady);
      if (!RUNNING.containsKey(PAGES)) {
        PORTS.put(PAGES, freePort());
        if (!PORTS.containsKey(GATEWAY)) {
          PORTS.put(GATEWAY, freePort());
        }
        OPTIONS.put(PAGES, List.of(
            "-Dquarkus.rest-client.countries.url=" + url("countries-service"),
            "-Dquarkus.rest-client.commitments.url=" + url("commitments-service"),
            "-Dquarkus.rest-client.reports.url=" + url("reports-service"),
            "-Dogp.pages.public-url=" + url(GATEWAY)));
        launch(PAGES);
        awaitReady(PAGES);
      }
      return gatewayConfig();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The services and a gateway in front of them, with {@code options} (-D...) of its own. */
  public static synchronized String startGateway(List<String> options) {
    return startGatewayReplica(GATEWAY, options);
  }

  /**
   * Another gateway (another replica, as a load balancer would spread a client over) named
   * {@code name}, in front of the same services, with {@code options} of its own; stopped with
   * {@link #kill(String)} under that name.
   */
  public static synchronized String startGatewayReplica(String name, List<String> options) {
    startServices();
    if (!RUNNING.containsKey(name)) {
      try {
        if (!name.equals(GATEWAY) || !PORTS.containsKey(GATEWAY)) {
          PORTS.put(name, freePort());
        }
        APPS.put(name, GATEWAY);
        List<String> all = new ArrayList<>(options);
        gatewayConfig().forEach((k, v) -> all.add("-D" + k + "=" + v));
        OPTIONS.put(name, all);
        launch(name);
        awaitReady(name);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return url(name);
  }

  /**
   * Another instance of {@code service} named {@code name}, as a second replica of it runs: its
   * options (database, consumer group, topics), a port of its own; the gateway does not know it.
   * Stopped with {@link #kill(String)} or {@link #crash(String)} under that name.
   */
  public static synchronized String startReplica(String service, String name) {
    startServices();
    if (!RUNNING.containsKey(name)) {
      try {
        PORTS.put(name, freePort());
        APPS.put(name, service);
        OPTIONS.put(name, OPTIONS.get(service));
        if (DATABASE_SERVERS.containsKey(service)) {
          DATABASE_SERVERS.put(name, DATABASE_SERVERS.get(service));
        }
        launch(name);
        awaitReady(name);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return url(name);
  }

  private static Map<String, String> gatewayConfig() {
    Map<String, String> config = new HashMap<>();
    SERVICES.forEach(s -> config.put("ogp.gateway.services." + s + ".url", url(s)));
    config.put("ogp.gateway.pages-url", url(PAGES));
    return config;
  }

  public static synchronized void stopAll() {
    new ArrayList<>(RUNNING.keySet()).forEach(SuiteProcesses::kill);
  }

  public static String url(String service) {
    return "http://127.0.0.1:" + PORTS.get(service);
  }

  /** The process id of a running app (a restart changes it). */
  public static synchronized long pid(String service) {
    Process p = RUNNING.get(service);
    if (p == null || !p.isAlive()) {
      throw new IllegalStateException(service + " is not running");
    }
    return p.pid();
  }

  public static Path log(String service) {
    return LOGS.resolve(service + ".log");
  }

  /** The service's log once it holds {@code text} (logging is asynchronous), within 5 s. */
  public static String logWith(String service, String text) {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    try {
      String log = Files.readString(log(service));
      while (!log.contains(text) && System.nanoTime() < deadline) {
        sleep();
        log = Files.readString(log(service));
      }
      return log;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stops a service (SIGTERM) and waits until it is gone. */
  public static synchronized void kill(String service) {
    stop(service, false);
  }

  /** Kills a service at once (SIGKILL): no shutdown, no flush, as in a crash. */
  public static synchronized void crash(String service) {
    stop(service, true);
  }

  private static void stop(String service, boolean hard) {
    Process p = RUNNING.remove(service);
    if (p != null) {
      if (hard) {
        p.destroyForcibly();
      } else {
        p.destroy();
      }
      try {
        p.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Starts a stopped service again on its port and waits until it is ready. */
  public static synchronized void restart(String service) {
    try {
      launch(service);
      awaitReady(service);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void launch(String service) throws IOException {
    Path jar = runnerJar(APPS.getOrDefault(service, service));
    if (LAUNCHED.add(service) && Files.exists(log(service))) {
      // A log of this run only (a restart appends): what a test reads in it is this run's. The
      // one before is kept beside it (a test profile that starts the apps again starts anew).
      Files.move(log(service), LOGS.resolve(service + ".previous.log"),
          StandardCopyOption.REPLACE_EXISTING);
    }
    List<String> command = new ArrayList<>(List.of("java", "-Xmx256m", "-XX:+UseSerialGC",
        "-Dquarkus.profile=test",
        "-Dquarkus.http.port=" + PORTS.get(service),
        "-Dmp.jwt.verify.publickey.location=" + publicKey));
    command.addAll(OPTIONS.getOrDefault(service, List.of()));
    command.addAll(List.of("-jar", jar.toString()));
    ProcessBuilder builder = new ProcessBuilder(command);
    String server = DATABASE_SERVERS.getOrDefault(service, databaseServer);
    if (server != null) {
      builder.environment().put("OGP_DB_URL", server);
    }
    RUNNING.put(service, builder
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log(service).toFile()))
        .start());
  }

  /** The service's runner jar, as the local stack runs it (deploy/local/run-app). */
  private static Path runnerJar(String service) throws IOException {
    Path target = ROOT.resolve(service).resolve("target");
    try (var jars = Files.list(target)) {
      return jars.filter(p -> p.getFileName().toString().matches(
              Pattern.quote(service) + "-.*-runner\\.jar"))
          .findFirst().orElseThrow(() -> new IllegalStateException(target + "/" + service
              + "-*-runner.jar is missing: build the services first "
              + "(deploy/local/test builds every module before the gateway)"));
    } catch (NoSuchFileException e) {
      throw new IllegalStateException(target + " is missing: build the services first", e);
    }
  }

  private static void awaitReady(String service) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < deadline) {
      Process p = RUNNING.get(service);
      if (p == null || !p.isAlive()) {
        throw new IllegalStateException(service + " exited; see " + log(service));
      }
      try {
        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(
            URI.create(url(service) + "/q/health/ready")).build(),
            HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep();
    }
    throw new IllegalStateException(service + " not ready in 120 s; see " + log(service));
  }

  private static void sleep() {
    try {
      Thread.sleep(250);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int freePort() {
    return FreePorts.next();
  }
}
