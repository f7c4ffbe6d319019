import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Benchmark helpers: synthetic OGP exports at scale, a closed-loop HTTP load generator that
 * prints throughput and latency percentiles, and EXPLAIN ANALYZE of the queries behind them.
 */
public class Bench {
  public static void main(String[] args) throws Exception {
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    switch (args[0]) {
      case "gen-export" -> genExport(Path.of(rest[0]), Path.of(rest[1]), Integer.parseInt(rest[2]),
          Integer.parseInt(rest[3]));
      case "load" -> load(rest[0], Integer.parseInt(rest[1]), Integer.parseInt(rest[2]), rest[3],
          Arrays.copyOfRange(rest, 4, rest.length));
      case "explain" -> explain(rest[0], rest[1]);
      case "progress-latency" -> progressLatency(rest[0], rest[1], rest[2], rest[3],
          Integer.parseInt(rest[4]), Integer.parseInt(rest[5]));
      default -> throw new IllegalArgumentException("unknown command " + args[0]);
    }
  }

  /**
   * Writes {@code total} commitments shaped like the real export (titles, texts, themes and
   * values taken in turn from its rows) for 200 members of 10 plans each, in files of
   * {@code perFile} commitments, whole plans per file.
   */
  static void genExport(Path source, Path dir, int total, int perFile) throws IOException {
    List<CSVRecord> real = new ArrayList<>();
    List<String> header;
    try (Reader in = Files.newBufferedReader(source)) {
      var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in);
      header = parser.getHeaderNames();
      parser.forEach(real::add);
    }
    Files.createDirectories(dir);
    int members = 200;
    int plansPerMember = 10;
    int perPlan = Math.max(1, total / (members * plansPerMember));
    int written = 0;
    int file = 0;
    Writer out = null;
    CSVPrinter csv = null;
    for (int m = 0; m < members && written < total; m++) {
      String code = "Q" + (char) ('A' + m / 26) + (char) ('A' + m % 26);
      for (int p = 1; p <= plansPerMember && written < total; p++) {
        if (csv == null || written >= (file) * perFile) {
          if (csv != null) {
            csv.close();
          }
          out = Files.newBufferedWriter(dir.resolve(String.format("part-%03d.csv", file++)));
          csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
        }
        for (int c = 1; c <= perPlan && written < total; c++) {
          CSVRecord r = real.get(written % real.size());
          int number = (p - 1) * perPlan + c;
          List<String> row = new ArrayList<>(header.size());
          for (String column : header) {
            String v = r.get(column);
            switch (column) {
              case "Commitment Unique Identifier" -> v = code + String.format("%04d", number);
              case "Code" -> v = code;
              case "Country/Locality" -> v = "Benchland " + code;
              case "National Or Local" -> v = "National";
              case "Action Plan ID" -> v = "AP_" + code + String.format("%02d", p);
              case "Action Plan Number" -> v = Integer.toString(p);
              case "Year Of Submission" -> v = Integer.toString(2011 + p);
              case "Action Plan End Year" -> v = Integer.toString(2013 + p);
              case "Full Text" -> v = v.length() > 2000 ? v.substring(0, 2000) : v;
              case "URL" -> v = "https://example.org/" + code + "/" + number;
              default -> { }
            }
            row.add(v);
          }
          csv.printRecord(row);
          written++;
        }
      }
    }
    if (csv != null) {
      csv.close();
    }
    System.out.println("wrote " + written + " commitments in " + file + " files to " + dir);
  }

  /** Closed loop: {@code concurrency} workers send GETs for {@code seconds}, cycling the paths. */
  static void load(String base, int concurrency, int seconds, String name, String[] paths)
      throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
        .version(HttpClient.Version.HTTP_1_1).build();
    List<long[]> perWorker = new ArrayList<>();
    AtomicLong errors = new AtomicLong();
    AtomicLong next = new AtomicLong();
    long warmupEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
    long end = warmupEnd + TimeUnit.SECONDS.toNanos(seconds);
    ExecutorService pool = Executors.newFixedThreadPool(concurrency);
    List<java.util.concurrent.Future<long[]>> futures = new ArrayList<>();
    for (int w = 0; w < concurrency; w++) {
      futures.add(pool.submit(() -> {
        long[] lat = new long[1 << 20];
        int n = 0;
        while (true) {
          long start = System.nanoTime();
          if (start >= end) {
            break;
          }
          String path = paths[(int) (next.getAndIncrement() % paths.length)];
          try {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
              errors.incrementAndGet();
            }
          } catch (IOException e) {
            errors.incrementAndGet();
          }
          long done = System.nanoTime();
          if (start >= warmupEnd && n < lat.length) {
            lat[n++] = done - start;
          }
        }
        return Arrays.copyOf(lat, n);
      }));
    }
    for (var f : futures) {
      perWorker.add(f.get());
    }
    pool.shutdown();
    long[] all = perWorker.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    double rps = all.length / (double) seconds;
    System.out.printf("%-28s c=%-3d %8.0f req/s  p50 %6.2f ms  p99 %6.2f ms  errors %d%n", name,
        concurrency, rps, pct(all, 0.50), pct(all, 0.99), errors.get());
  }

  static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();
  static final HttpClient HTTP = HttpClient.newHttpClient();

  static com.fasterxml.jackson.databind.JsonNode call(String method, String url, String token,
      String body, int... ok) throws Exception {
    var b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/json");
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(body));
    HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    for (int code : ok) {
      if (r.statusCode() == code) {
        return r.body().isEmpty() ? null : JSON.readTree(r.body());
      }
    }
    throw new IllegalStateException(method + " " + url + " -> " + r.statusCode() + " " + r.body());
  }

  /**
   * Event latency end to end: posts {@code n} progress updates to commitments-service at
   * {@code rate} per second, then reads reports-service's timeline of the plan and prints the
   * time from each update's commit (CloudEvents time, set in the outbox) to its arrival in
   * reports-service's database.
   */
  static void progressLatency(String gateway, String admin, String government, String member,
      int n, int rate) throws Exception {
    String countries = gateway.replace("{port}", "8081");
    String commitments = gateway.replace("{port}", "8082");
    String reports = gateway.replace("{port}", "8083");
    call("POST", countries + "/api/v1/countries", admin, "{\"code\":\"" + member
        + "\",\"name\":\"Benchmark member (deploy/bench)\",\"kind\":\"national\","
        + "\"region\":\"Europe\",\"status\":\"active\"}", 201, 409);
    String plan = null;
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (plan == null) {
      try {
        plan = call("POST", commitments + "/api/v1/action-plans", government, "{\"memberCode\":\""
            + member + "\",\"periodStart\":\"2025\",\"periodEnd\":\"2027\"}", 201).get("id").asText();
      } catch (IllegalStateException notYetActive) {
        if (System.nanoTime() > until) {
          throw notYetActive;
        }
        Thread.sleep(200);
      }
    }
    String commitment = call("POST", commitments + "/api/v1/action-plans/" + plan + "/commitments",
        government, "{\"title\":\"Benchmark commitment\"}", 201).get("id").asText();
    String milestone = call("POST", commitments + "/api/v1/commitments/" + commitment + "/milestones",
        government, "{\"description\":\"Benchmark milestone\"}", 201).get("id").asText();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    long start = System.nanoTime();
    long periodNanos = 1_000_000_000L / rate;
    List<java.util.concurrent.Future<?>> posts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      long due = start + i * periodNanos;
      int percent = i % 99 + 1;
      posts.add(pool.submit(() -> {
        long wait = due - System.nanoTime();
        if (wait > 0) {
          TimeUnit.NANOSECONDS.sleep(wait);
        }
        return call("POST", commitments + "/api/v1/milestones/" + milestone + "/progress",
            government, "{\"status\":\"in_progress\",\"percentComplete\":" + percent + "}", 201);
      }));
    }
    for (var f : posts) {
      f.get();
    }
    pool.shutdown();
    double postSeconds = (System.nanoTime() - start) / 1e9;
    List<Long> latencies = new ArrayList<>();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (latencies.size() < n && System.nanoTime() < deadline) {
      latencies.clear();
      String url = reports + "/api/v1/plan-tracking/" + plan + "/timeline?limit=200";
      while (url != null) {
        var page = call("GET", url, null, null, 200, 404);
        if (page == null || page.has("status")) {
          break;
        }
        for (var item : page.get("items")) {
          if (item.get("type").asText().equals("ogp.milestone.progress-reported.v1")) {
            latencies.add(Duration.between(java.time.Instant.parse(item.get("occurredAt").asText()),
                java.time.Instant.parse(item.get("receivedAt").asText())).toNanos());
          }
        }
        url = page.get("next").isNull() ? null : reports + page.get("next").asText();
      }
      if (latencies.size() < n) {
        Thread.sleep(250);
      }
    }
    long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
    System.out.printf("%4d updates at %3d/s (posted in %.1f s): %d arrived, commit -> reports-service "
        + "p50 %6.1f ms  p99 %6.1f ms  max %6.1f ms  (plan %s)%n", n, rate, postSeconds,
        sorted.length, pct(sorted, 0.5), pct(sorted, 0.99), pct(sorted, 1.0), plan);
  }

  static double pct(long[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
  }

  static void explain(String jdbcUrl, String sql) throws Exception {
    try (Connection c = DriverManager.getConnection(jdbcUrl, Map.of("user",
            System.getenv().getOrDefault("OGP_DB_USER", "postgres")).entrySet().stream()
            .collect(java.util.Properties::new, (p, e) -> p.put(e.getKey(), e.getValue()), Map::putAll));
         Statement s = c.createStatement();
         ResultSet r = s.executeQuery("explain (analyze, buffers off, costs off) " + sql)) {
      while (r.next()) {
        System.out.println("    " + r.getString(1));
      }
    }
  }
}
