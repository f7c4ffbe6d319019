package org.ogptracker.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The three services as real processes, for the gateway under test to route to: each built jar
 * ({@code <service>/target/quarkus-app}) runs on a free port with the test profile (the test
 * databases and test.* topics of deploy/local/test) and trusts the test token key.
 */
public class SuiteProcesses implements QuarkusTestResourceLifecycleManager {
  public static final List<String> SERVICES =
      List.of("countries-service", "commitments-service", "reports-service");
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path LOGS = Path.of("target/suite-logs").toAbsolutePath();
  private static final Map<String, Integer> PORTS = new LinkedHashMap<>();
  private static final Map<String, Process> RUNNING = new HashMap<>();
  private static Path publicKey;

  @Override
  public Map<String, String> start() {
    try {
      Files.createDirectories(LOGS);
      publicKey = LOGS.resolve("test-jwt-public.pem");
      try (InputStream key = getClass().getResourceAsStream("/test-jwt-public.pem")) {
        Files.copy(key, publicKey, StandardCopyOption.REPLACE_EXISTING);
      }
      // Should the test JVM end without stop(), the services end with it.
      Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.values().forEach(Process::destroy)));
      Map<String, String> config = new HashMap<>();
      for (String service : SERVICES) {
        PORTS.put(service, freePort());
        launch(service);
        config.put("ogp.gateway.services." + service + ".url", url(service));
      }
      for (String service : SERVICES) {
        awaitReady(service);
      }
      return config;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void stop() {
    SERVICES.forEach(SuiteProcesses::kill);
  }

  public static String url(String service) {
    return "http://127.0.0.1:" + PORTS.get(service);
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
  public static void kill(String service) {
    Process p = RUNNING.remove(service);
    if (p != null) {
      p.destroy();
      try {
        p.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Starts a stopped service again on its port and waits until it is ready. */
  public static void restart(String service) {
    try {
      launch(service);
      awaitReady(service);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void launch(String service) throws IOException {
    Path jar = ROOT.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
    if (!Files.exists(jar)) {
      throw new IllegalStateException(jar + " is missing: build the services first "
          + "(deploy/local/test builds every module before the gateway)");
    }
    List<String> command = new ArrayList<>(List.of("java", "-Xmx256m", "-XX:+UseSerialGC",
        "-Dquarkus.profile=test",
        "-Dquarkus.http.port=" + PORTS.get(service),
        "-Dmp.jwt.verify.publickey.location=" + publicKey,
        "-Dogp.outbox.topic-prefix=test.",
        "-jar", jar.toString()));
    RUNNING.put(service, new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log(service).toFile()))
        .start());
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

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
