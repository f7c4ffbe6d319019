package org.ogptracker.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The repository these tests check, and reading its YAML. */
final class Repo {
  static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
  static final YAMLMapper YAML = new YAMLMapper();

  private Repo() {}

  /** The documents of a YAML file or stream, in order (empty documents left out). */
  static List<JsonNode> documents(String yaml) throws IOException {
    List<JsonNode> docs = new ArrayList<>();
    try (var it = YAML.readerFor(JsonNode.class).<JsonNode>readValues(yaml)) {
      while (it.hasNext()) {
        JsonNode doc = it.next();
        if (doc != null && !doc.isNull() && !doc.isEmpty()) {
          docs.add(doc);
        }
      }
    }
    return docs;
  }

  private static final Map<String, List<JsonNode>> BUILT = new ConcurrentHashMap<>();

  /**
   * The manifests {@code deploy/k8s/build} prints for an overlay, built once per test JVM
   * (callers that change a document change a copy of it).
   */
  static List<JsonNode> manifests(String overlay) throws Exception {
    List<JsonNode> built = BUILT.get(overlay);
    if (built == null) {
      built = List.copyOf(build(overlay));
      BUILT.put(overlay, built);
    }
    return built;
  }

  private static List<JsonNode> build(String overlay) throws Exception {
    Process p = new ProcessBuilder(ROOT.resolve("deploy/k8s/build").toString(), overlay)
        .redirectError(ProcessBuilder.Redirect.PIPE).start();
    byte[] out = p.getInputStream().readAllBytes();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new AssertionError("deploy/k8s/build " + overlay + " failed:\n" + err);
    }
    return documents(new String(out, StandardCharsets.UTF_8));
  }

  static List<JsonNode> ofKind(List<JsonNode> docs, String kind) {
    return docs.stream().filter(d -> d.path("kind").asText().equals(kind)).toList();
  }

  /** The topics docs/asyncapi.yaml declares (channel addresses). */
  static Set<String> contractTopics() throws IOException {
    Set<String> topics = new LinkedHashSet<>();
    YAML.readTree(ROOT.resolve("docs/asyncapi.yaml").toFile()).get("channels")
        .forEach(c -> topics.add(c.get("address").asText()));
    return topics;
  }

  /**
   * The environment variables the apps read: every {@code ${NAME...}} in their configuration
   * (the services', the gateway's and the shared platform's), and those platform's config
   * sources turn into settings ({@code setting("ogp.db.ssl-mode", "OGP_DB_SSL_MODE")}).
   */
  static Set<String> settingsTheAppsRead() throws IOException {
    Pattern variable = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");
    Set<String> names = new LinkedHashSet<>();
    try (Stream<Path> modules = Files.list(ROOT)) {
      for (Path module : modules.filter(m -> Files.exists(m.resolve("pom.xml"))).toList()) {
        for (String config : List.of("application.properties",
            "META-INF/microprofile-config.properties")) {
          Path f = module.resolve("src/main/resources").resolve(config);
          if (Files.exists(f) && !module.getFileName().toString().startsWith("bench")) {
            Matcher m = variable.matcher(Files.readString(f));
            while (m.find()) {
              names.add(m.group(1));
            }
          }
        }
      }
    }
    Pattern derived = Pattern.compile("setting\\(\"[^\"]+\", \"([A-Z][A-Z0-9_]*)\"\\)");
    try (Stream<Path> sources = Files.walk(ROOT.resolve("platform/src/main/java"))) {
      for (Path f : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = derived.matcher(Files.readString(f));
        while (m.find()) {
          names.add(m.group(1));
        }
      }
    }
    return names;
  }
}
