import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * The local stack's small admin jobs, called by the scripts in deploy/local: dev keys and
 * tokens, PostgreSQL and Kafka checks, databases, topics, replaying dead letters, waiting for a
 * URL, posting a file.
 */
public class StackTool {
  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      usage();
    }
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    int code = switch (args[0]) {
      case "keys" -> keys(Path.of(rest[0]));
      case "token" -> token(Path.of(rest[0]), rest[1], rest[2], rest.length > 3 ? rest[3] : null);
      case "pg-check" -> pgCheck(rest[0], rest[1]);
      case "createdb" -> createdb(rest[0], rest[1], false, Arrays.copyOfRange(rest, 2, rest.length));
      case "recreatedb" -> createdb(rest[0], rest[1], true, Arrays.copyOfRange(rest, 2, rest.length));
      case "kafka-check" -> kafkaCheck(rest[0]);
      case "topics" -> topics(rest[0], Integer.parseInt(rest[1]), Arrays.copyOfRange(rest, 2, rest.length));
      case "fresh-topics" -> freshTopics(rest[0], Integer.parseInt(rest[1]), Arrays.copyOfRange(rest, 2, rest.length));
      case "wait-http" -> waitHttp(rest[0], Integer.parseInt(rest[1]));
      case "post-file" -> postFile(rest[0], Path.of(rest[1]), rest[2], rest[3]);
      case "replay-dead-letters" -> replayDeadLetters(rest[0], rest[1],
          rest.length > 2 ? rest[2] : null);
      default -> usage();
    };
    System.exit(code);
  }

  static int usage() {
    System.err.println("usage: StackTool keys DIR | token KEYDIR ISSUER ROLE [COUNTRY] | "
        + "pg-check URL USER | createdb URL USER DB... | recreatedb URL USER DB_test... | kafka-check BOOTSTRAP | "
        + "topics|fresh-topics BOOTSTRAP PARTITIONS TOPIC... | wait-http URL SECONDS | "
        + "post-file URL FILE CONTENT_TYPE TOKEN");
    System.exit(2);
    return 2;
  }

  /** Makes the dev RS256 key pair the services verify tokens with, once. */
  static int keys(Path dir) throws Exception {
    Path priv = dir.resolve("jwt-private.pem");
    Path pub = dir.resolve("jwt-public.pem");
    if (Files.exists(priv) && Files.exists(pub)) {
      return 0;
    }
    Files.createDirectories(dir);
    KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
    gen.initialize(2048);
    KeyPair pair = gen.generateKeyPair();
    Files.writeString(priv, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
    Files.writeString(pub, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
    return 0;
  }

  /**
   * Prints a JWT signed by the dev key, for the audience OGP_JWT_AUDIENCE (ogp-tracker), valid
   * one hour (the services take no token older: OGP_JWT_MAX_AGE).
   */
  static int token(Path dir, String issuer, String role, String country) throws Exception {
    if (!Set.of("admin", "government", "reviewer").contains(role)) {
      System.err.println("role must be admin, government or reviewer");
      return 2;
    }
    if (role.equals("government") && country == null) {
      System.err.println("a government token needs a member code, e.g. token government ALB");
      return 2;
    }
    String pemText = Files.readString(dir.resolve("jwt-private.pem"));
    byte[] der = Base64.getMimeDecoder().decode(pemText.replaceAll("-----[A-Z ]+-----", ""));
    PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    long now = Instant.now().getEpochSecond();
    String sub = "dev-" + role + (country == null ? "" : "-" + country.toLowerCase());
    StringBuilder claims = new StringBuilder("{\"iss\":\"").append(issuer)
        .append("\",\"sub\":\"").append(sub)
        .append("\",\"upn\":\"").append(sub)
        .append("\",\"groups\":[\"").append(role).append("\"]")
        .append(",\"aud\":\"").append(audience()).append('"')
        .append(",\"iat\":").append(now).append(",\"exp\":").append(now + 3600)
        .append(",\"jti\":\"").append(UUID.randomUUID()).append('"');
    if (country != null && role.equals("government")) {
      claims.append(",\"country\":\"").append(country).append('"');
    }
    claims.append('}');
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    String signingInput = b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
        + "." + b64.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
    Signature rsa = Signature.getInstance("SHA256withRSA");
    rsa.initSign(key);
    rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
    System.out.println(signingInput + "." + b64.encodeToString(rsa.sign()));
    return 0;
  }

  private static String audience() {
    String aud = System.getenv("OGP_JWT_AUDIENCE");
    return aud == null || aud.isBlank() ? "ogp-tracker" : aud;
  }

  static int pgCheck(String url, String user) {
    DriverManager.setLoginTimeout(3);
    try (Connection c = DriverManager.getConnection(url + "/postgres", props(user));
         Statement s = c.createStatement()) {
      s.execute("select 1");
      return 0;
    } catch (Exception e) {
      return 1;
    }
  }

  /** Creates each database that does not exist; with {@code fresh}, test databases start empty. */
  static int createdb(String url, String user, boolean fresh, String[] names) throws Exception {
    try (Connection c = DriverManager.getConnection(url + "/postgres", props(user));
         Statement s = c.createStatement()) {
      for (String db : names) {
        if (!db.matches("[a-z_]+")) {
          throw new IllegalArgumentException("bad database name " + db);
        }
        if (fresh) {
          if (!db.endsWith("_test") && !db.endsWith("_bench")) {
            throw new IllegalArgumentException("only test and bench databases are recreated, not " + db);
          }
          s.execute("drop database if exists " + db + " with (force)");
        }
        try (ResultSet r = s.executeQuery("select 1 from pg_database where datname = '" + db + "'")) {
          if (r.next()) {
            continue;
          }
        }
        s.execute("create database " + db);
        System.out.println("created database " + db);
      }
    }
    return 0;
  }

  static int kafkaCheck(String bootstrap) {
    try (Admin admin = admin(bootstrap)) {
      admin.describeCluster().clusterId().get(3, TimeUnit.SECONDS);
      return 0;
    } catch (Exception e) {
      return 1;
    }
  }

  /** Creates each topic (and its dead-letter topic) that does not exist yet. */
  static int topics(String bootstrap, int partitions, String[] names) throws Exception {
    try (Admin admin = admin(bootstrap)) {
      Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
      List<NewTopic> missing = new ArrayList<>();
      for (String name : names) {
        for (String t : List.of(name, name + ".dlq")) {
          if (!existing.contains(t)) {
            missing.add(new NewTopic(t, t.endsWith(".dlq") ? 1 : partitions, (short) 1));
          }
        }
      }
      if (!missing.isEmpty()) {
        admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
        missing.forEach(t -> System.out.println("created topic " + t.name()));
      }
    }
    return 0;
  }

  /**
   * Deletes each topic (and its dead-letter topic) and creates it again, empty: a test run reads
   * no event of an earlier run (whose ids, on other databases, may repeat this run's).
   */
  static int freshTopics(String bootstrap, int partitions, String[] names) throws Exception {
    try (Admin admin = admin(bootstrap)) {
      Set<String> doomed = new HashSet<>(admin.listTopics().names().get(10, TimeUnit.SECONDS));
      List<String> all = new ArrayList<>();
      for (String name : names) {
        all.addAll(List.of(name, name + ".dlq"));
      }
      doomed.retainAll(all);
      if (!doomed.isEmpty()) {
        admin.deleteTopics(doomed).all().get(30, TimeUnit.SECONDS);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (admin.listTopics().names().get(10, TimeUnit.SECONDS).stream().anyMatch(doomed::contains)) {
          if (System.nanoTime() > end) {
            System.err.println("topics not deleted after 60 s: " + doomed);
            return 1;
          }
          Thread.sleep(200);
        }
      }
    }
    // Creating right after a deletion can meet "marked for deletion": retry for a while.
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (true) {
      try {
        return topics(bootstrap, partitions, names);
      } catch (ExecutionException e) {
        if (System.nanoTime() > end) {
          throw e;
        }
        Thread.sleep(500);
      }
    }
  }

  /**
   * Produces the dead letters of {@code deadLetterTopic} (those with {@code key}, or all) back to
   * the topic each came from, as they were: key, value and headers, without the dead-letter-*
   * ones. The consumers' inbox skips what was applied already, and the versions in the events
   * keep an older one from moving a copy back, so replaying too much is safe. Against a secured
   * cluster, {@code OGP_KAFKA_CLIENT_CONFIG} names a properties file of client settings
   * (security.protocol, ssl.*), as Kafka's own tools take with --command-config.
   */
  static int replayDeadLetters(String bootstrap, String deadLetterTopic, String key)
      throws Exception {
    Properties c = clientConfig();
    c.put("bootstrap.servers", bootstrap);
    c.put("key.deserializer", "org.apache.kafka.common.serialization.StringDeserializer");
    c.put("value.deserializer", "org.apache.kafka.common.serialization.ByteArrayDeserializer");
    Properties p = clientConfig();
    p.put("bootstrap.servers", bootstrap);
    p.put("acks", "all");
    p.put("enable.idempotence", "true");
    p.put("key.serializer", "org.apache.kafka.common.serialization.StringSerializer");
    p.put("value.serializer", "org.apache.kafka.common.serialization.ByteArraySerializer");
    int replayed = 0;
    try (var consumer = new org.apache.kafka.clients.consumer.KafkaConsumer<String, byte[]>(c);
         var producer = new org.apache.kafka.clients.producer.KafkaProducer<String, byte[]>(p)) {
      List<org.apache.kafka.common.TopicPartition> parts = consumer.partitionsFor(deadLetterTopic)
          .stream().map(i -> new org.apache.kafka.common.TopicPartition(deadLetterTopic,
              i.partition())).toList();
      consumer.assign(parts);
      consumer.seekToBeginning(parts);
      Map<org.apache.kafka.common.TopicPartition, Long> end = consumer.endOffsets(parts);
      while (parts.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
        for (var r : consumer.poll(Duration.ofMillis(500))) {
          if (key != null && !key.equals(r.key())) {
            continue;
          }
          var origin = r.headers().lastHeader("dead-letter-topic");
          String topic = origin != null ? new String(origin.value(), StandardCharsets.UTF_8)
              : deadLetterTopic.replaceFirst("\\.dlq$", "");
          var again = new org.apache.kafka.clients.producer.ProducerRecord<>(topic, null,
              r.key(), r.value());
          r.headers().forEach(h -> {
            if (!h.key().startsWith("dead-letter-")) {
              again.headers().add(h);
            }
          });
          producer.send(again).get(30, TimeUnit.SECONDS);
          replayed++;
        }
      }
    }
    System.out.println("replayed " + replayed + " dead letter(s) of " + deadLetterTopic);
    return 0;
  }

  static int waitHttp(String url, int seconds) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < end) {
      try {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          return 0;
        }
      } catch (IOException e) {
        // not up yet
      }
      Thread.sleep(300);
    }
    System.err.println(url + " not ready after " + seconds + " s");
    return 1;
  }

  static int postFile(String url, Path file, String contentType, String token) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", contentType)
        .header("Authorization", "Bearer " + token)
        .timeout(Duration.ofMinutes(5))
        .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
    System.out.println(r.body());
    return r.statusCode() / 100 == 2 ? 0 : 1;
  }

  /** The client settings of the file OGP_KAFKA_CLIENT_CONFIG names, if any. */
  private static Properties clientConfig() throws IOException {
    Properties p = new Properties();
    String file = System.getenv("OGP_KAFKA_CLIENT_CONFIG");
    if (file != null && !file.isBlank()) {
      try (var in = Files.newInputStream(Path.of(file))) {
        p.load(in);
      }
    }
    return p;
  }

  private static Properties props(String user) {
    Properties p = new Properties();
    p.setProperty("user", user);
    String password = System.getenv("OGP_DB_PASSWORD");
    if (password != null) {
      p.setProperty("password", password);
    }
    p.setProperty("connectTimeout", "3");
    return p;
  }

  private static Admin admin(String bootstrap) {
    return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000,
        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000));
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN " + type + "-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
        + "\n-----END " + type + "-----\n";
  }
}
