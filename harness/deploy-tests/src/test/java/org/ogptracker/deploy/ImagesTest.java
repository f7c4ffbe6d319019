package org.ogptracker.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ogptracker.ports.FreePorts;

/**
 * The container images Jib builds with {@code -Pimage} (deploy/local/test builds them): what
 * their configuration says, and that they run. No container engine runs here, so an image runs
 * as its layers unpacked in a chroot (deploy/images/run-chroot), as its own user.
 */
class ImagesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, Integer> PORTS = Map.of("countries-service", 8081,
      "commitments-service", 8082, "reports-service", 8083, "notifications-service", 8084,
      "pages-service", 8085, "gateway", 8080);

  static Path tar(String app) {
    Path tar = Repo.ROOT.resolve(app).resolve("target/jib/" + app + "-image.tar");
    assertTrue(Files.exists(tar), tar + " is missing: build with -Pimage (deploy/local/test "
        + "does, deploy/images/build too)");
    return tar;
  }

  /** The named entries of a (docker-save) tar, read with tar itself. */
  static Map<String, byte[]> entries(Path tar, String... names) throws Exception {
    Map<String, byte[]> found = new TreeMap<>();
    for (String name : names) {
      Process p = new ProcessBuilder("tar", "-xOf", tar.toString(), name).start();
      byte[] out = p.getInputStream().readAllBytes();
      assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, tar + ": no " + name);
      found.put(name, out);
    }
    return found;
  }

  @ParameterizedTest
  @ValueSource(strings = {"countries-service", "commitments-service", "reports-service",
      "notifications-service", "pages-service", "gateway"})
  void is_a_non_root_jvm_image_of_the_app_as_kubernetes_names_it(String app) throws Exception {
    Path tar = tar(app);
    JsonNode manifest = JSON.readTree(entries(tar, "manifest.json").get("manifest.json")).get(0);
    assertEquals("ogp-tracker/" + app + ":0.1.0-SNAPSHOT", manifest.at("/RepoTags/0").asText());
    String configName = manifest.get("Config").asText();
    JsonNode config = JSON.readTree(entries(tar, configName).get(configName)).get("config");
    assertEquals("185", config.get("User").asText(), "runs as the base image's user 185");
    assertEquals(List.of("java", "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
        "-jar", "quarkus-run.jar"), JSON.convertValue(config.get("Entrypoint"), List.class));
    assertTrue(config.at("/ExposedPorts").has(PORTS.get(app) + "/tcp"), config.toString());
    // The Kubernetes manifests run this image.
    List<String> images = new ArrayList<>();
    Repo.ofKind(Repo.manifests("prod"), "Deployment").forEach(d ->
        images.add(d.at("/spec/template/spec/containers/0/image").asText()));
    assertTrue(images.contains(manifest.at("/RepoTags/0").asText()), images.toString());
  }

  /**
   * The countries-service image against the test database and Kafka, and the gateway image in
   * front of it, of pages-service's image and of three services that are down: all ready by the
   * probes the manifests give them, a read through the gateway answered by the service, the
   * dead services' routes answered 503 while the gateway stays ready (one service down must not
   * take every gateway pod out of rotation), and the pages served. Needs root (a chroot in new
   * namespaces).
   */
  @Test
  void the_images_run_the_suite() throws Exception {
    assumeTrue("root".equals(System.getProperty("user.name")),
        "running an image without an engine needs root (unshare, chroot)");
    int service = FreePorts.next();
    int pages = FreePorts.next();
    int gateway = FreePorts.next();
    String db = System.getenv().getOrDefault("OGP_DB_URL", "jdbc:postgresql://127.0.0.1:5432");
    String kafka = System.getenv().getOrDefault("OGP_KAFKA", "127.0.0.1:9092");
    List<Process> running = new ArrayList<>();
    try {
      running.add(run("countries-service", "QUARKUS_PROFILE=test",
          "QUARKUS_HTTP_PORT=" + service, "OGP_DB_URL=" + db, "OGP_KAFKA=" + kafka,
          "OGP_OUTBOX_TOPIC_PREFIX=test."));
      String commitments = "http://127.0.0.1:" + FreePorts.refusing();
      running.add(run("pages-service", "QUARKUS_HTTP_PORT=" + pages,
          "OGP_COUNTRIES_URL=http://127.0.0.1:" + service, "OGP_COMMITMENTS_URL=" + commitments,
          "OGP_REPORTS_URL=http://127.0.0.1:" + FreePorts.refusing()));
      running.add(run("gateway", "QUARKUS_HTTP_PORT=" + gateway,
          "OGP_JWT_ISSUER=https://id.example", // the prod profile refuses the dev issuer
          "OGP_COUNTRIES_URL=http://127.0.0.1:" + service,
          "OGP_COMMITMENTS_URL=" + commitments,
          "OGP_REPORTS_URL=http://127.0.0.1:" + FreePorts.refusing(),
          "OGP_NOTIFICATIONS_URL=http://127.0.0.1:" + FreePorts.refusing(),
          "OGP_PAGES_URL=http://127.0.0.1:" + pages));
      HttpClient http = HttpClient.newHttpClient();
      awaitStatus(http, "http://127.0.0.1:" + service + probe("countries-service", "readiness"),
          200);
      awaitStatus(http, "http://127.0.0.1:" + gateway + probe("gateway", "liveness"), 200);
      awaitStatus(http, "http://127.0.0.1:" + gateway + probe("gateway", "readiness"), 200);
      HttpResponse<String> down = http.send(HttpRequest.newBuilder(URI.create(
          "http://127.0.0.1:" + gateway + "/api/v1/reports")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(503, down.statusCode(), down.body());
      assertEquals("application/problem+json", down.headers().firstValue("Content-Type")
          .orElse(""));
      assertTrue(down.headers().firstValue("Retry-After").isPresent(), down.headers().toString());
      // notifications-service's route too (the change feed): the gateway knows it.
      HttpResponse<String> feedDown = http.send(HttpRequest.newBuilder(URI.create(
          "http://127.0.0.1:" + gateway + "/api/v1/changes")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(503, feedDown.statusCode(), feedDown.body());
      assertEquals("application/problem+json", feedDown.headers().firstValue("Content-Type")
          .orElse(""));
      awaitStatus(http, "http://127.0.0.1:" + gateway + probe("gateway", "readiness"), 200);
      HttpResponse<String> countries = http.send(HttpRequest.newBuilder(URI.create(
          "http://127.0.0.1:" + gateway + "/api/v1/countries?limit=1")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, countries.statusCode(), countries.body());
      assertTrue(JSON.readTree(countries.body()).has("items"), countries.body());
      // The public pages through the gateway: pages-service's image serves its style sheet, and
      // renders its templates: the home page, whose search needs commitments-service (down
      // here), is the page that says so, in the reader's language.
      awaitStatus(http, "http://127.0.0.1:" + pages + probe("pages-service", "readiness"), 200);
      HttpResponse<String> css = http.send(HttpRequest.newBuilder(URI.create(
          "http://127.0.0.1:" + gateway + "/static/tracker.css")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, css.statusCode(), css.body());
      assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
      HttpResponse<String> home = http.send(HttpRequest.newBuilder(URI.create(
          "http://127.0.0.1:" + gateway + "/")).header("Accept-Language", "es").build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(503, home.statusCode(), home.body());
      assertTrue(home.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
      assertEquals("es", home.headers().firstValue("Content-Language").orElse(""));
    } finally {
      // The app runs as another user, which clears unshare's --kill-child: stop the tree.
      for (Process p : running) {
        List<ProcessHandle> tree = new ArrayList<>(p.descendants().toList());
        tree.add(p.toHandle());
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle h : tree) {
          try {
            h.onExit().get(20, TimeUnit.SECONDS);
          } catch (java.util.concurrent.TimeoutException e) {
            h.destroyForcibly();
          }
        }
      }
    }
  }

  /**
   * Tests' keys never reach an image: no PEM of platform-testing's key pair, no platform-testing
   * jar in any layer of any app's image.
   */
  @ParameterizedTest
  @ValueSource(strings = {"countries-service", "commitments-service", "reports-service",
      "notifications-service", "pages-service", "gateway"})
  void no_image_holds_the_test_keys(String app) throws Exception {
    Path tar = tar(app);
    JsonNode manifest = JSON.readTree(entries(tar, "manifest.json").get("manifest.json")).get(0);
    List<String> files = new ArrayList<>();
    for (JsonNode layer : manifest.get("Layers")) {
      Process list = new ProcessBuilder("sh", "-c",
          "tar -xOf \"$0\" \"$1\" | tar -tzf -", tar.toString(), layer.asText()).start();
      files.addAll(new String(list.getInputStream().readAllBytes()).lines().toList());
      assertTrue(list.waitFor(60, TimeUnit.SECONDS) && list.exitValue() == 0, layer.asText());
    }
    assertTrue(files.stream().anyMatch(f -> f.endsWith("quarkus-run.jar")), files.toString());
    List<String> found = files.stream().filter(f -> f.contains("test-jwt")
        || f.contains("platform-testing") || f.endsWith(".pem")).toList();
    assertEquals(List.of(), found);
  }

  /**
   * The gateway image as an operator who forgot OGP_JWT_ISSUER would start it: the prod
   * profile with the local stack's dev issuer. It refuses to start, and says why.
   */
  @Test
  void a_production_start_refuses_the_dev_issuer() throws Exception {
    assumeTrue("root".equals(System.getProperty("user.name")),
        "running an image without an engine needs root (unshare, chroot)");
    Process gateway = run("gateway", "QUARKUS_HTTP_PORT=" + FreePorts.next());
    try {
      assertTrue(gateway.waitFor(90, TimeUnit.SECONDS), "the gateway went on running");
      assertTrue(gateway.exitValue() != 0, "exit " + gateway.exitValue());
      String log = Files.readString(Path.of("target/image-run/gateway.log"));
      assertTrue(log.contains("Refusing to start in the prod profile: the token issuer is the "
          + "local stack's https://ogp-tracker.local"), log);
    } finally {
      gateway.descendants().forEach(ProcessHandle::destroyForcibly);
      gateway.destroyForcibly();
    }
  }

  /** The path of an app's readiness or liveness probe, as the prod manifests give it. */
  private static String probe(String app, String kind) throws Exception {
    return Repo.ofKind(Repo.manifests("prod"), "Deployment").stream()
        .filter(d -> d.at("/metadata/name").asText().equals(app))
        .map(d -> d.at("/spec/template/spec/containers/0/" + kind + "Probe/httpGet/path").asText())
        .findFirst().orElseThrow(() -> new AssertionError("no Deployment of " + app));
  }

  private static Process run(String app, String... env) throws IOException {
    Path dir = Path.of("target/image-run", app).toAbsolutePath();
    List<String> command = new ArrayList<>(List.of(
        Repo.ROOT.resolve("deploy/images/run-chroot").toString(), tar(app).toString(),
        dir.toString()));
    command.addAll(List.of(env));
    Files.createDirectories(dir.getParent());
    return new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.getParent().resolve(app + ".log").toFile()).start();
  }

  private static void awaitStatus(HttpClient http, String url, int status) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    int last = -1;
    while (System.nanoTime() < deadline) {
      try {
        last = http.send(HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding())
            .statusCode();
        if (last == status) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new AssertionError(url + " answered " + last + ", not " + status
        + " (logs: harness/deploy-tests/target/image-run/*.log)");
  }
}
