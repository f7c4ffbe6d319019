package org.ogptracker.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import org.ogptracker.e2e.ApiOperations.Operation;
import org.ogptracker.e2e.ApiOperations.Parameter;
import org.ogptracker.e2e.Probe.Auth;

/**
 * Bad requests for an operation, read off its OpenAPI description: one mutation each of a
 * request that is otherwise valid (real ids, an allowed token, a body with its required fields).
 */
final class BadRequests {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String JSON_TYPE = "application/json";
  /** Above the services' request body limit (quarkus.http.limits.max-body-size). */
  static final int OVER_LIMIT = 11 * 1024 * 1024;
  /** The services' limit of a JSON body (ogp.http.max-json-body-size). */
  static final int JSON_LIMIT = 512 * 1024;

  /** Path segments as an attacker writes them (already percent-encoded where needed). */
  private static final List<String> PATH_TRICKS = List.of(
      encode("' OR '1'='1"), encode("1; DROP TABLE commitment; --"), "..", "%2e%2e",
      "..%2F..%2Fq%2Fhealth", "%00", "%ff%fe", "%25", "a%2Fb", encode("<script>alert(1)</script>"),
      "A".repeat(5000), encode("💥"), "-1", "99999999999999999999999", encode(" "), "null");
  /** Values no code, date or enum of this API takes. */
  private static final List<String> STRING_TRICKS = List.of("' OR 1=1 --",
      "\u0000", "%00", "<script>", "💥", "\uD800", "null", "", " ", "${jndi:ldap://x}");
  /** Text no column can store (refused in any string, free text included). */
  private static final List<String> UNSTORABLE = List.of("a\u0000b", "\uD800", "x\uDC00y");

  private final CampaignFixture fixture;

  BadRequests(CampaignFixture fixture) {
    this.fixture = fixture;
  }

  /** Every kind of bad request that applies to the operation. */
  Arbitrary<Probe> of(Operation op) {
    List<Arbitrary<Probe>> kinds = new ArrayList<>();
    op.in("path").forEach(p -> kinds.add(pathTrick(op, p)));
    op.in("query").forEach(p -> kinds.add(queryTrick(op, p)));
    kinds.add(badToken(op));
    if (op.writes()) {
      kinds.add(Arbitraries.just(valid(op).with(Auth.OTHER_MEMBER, "token of another member")));
      if (op.secured()) {
        kinds.add(Arbitraries.just(valid(op).with(Auth.NONE, "no token")));
      }
      if (op.parameters().stream().anyMatch(p -> p.name().equals("If-Match"))) {
        kinds.add(Arbitraries.of("\"999999\"", "abc", "W/\"1\"", "\"" + "9".repeat(100) + "\"")
            .map(tag -> withHeader(valid(op), "If-Match", tag, "bad If-Match")));
      }
      if (op.parameters().stream().anyMatch(p -> p.name().equals("Idempotency-Key"))) {
        kinds.add(Arbitraries.of("k".repeat(10_000), "k".repeat(256), "with space", "tab\tkey")
            .map(key -> withHeader(valid(op), "Idempotency-Key", key, "bad Idempotency-Key")));
      }
    } else {
      kinds.add(Arbitraries.of("application/xml", "text/html", "image/png")
          .map(accept -> withHeader(valid(op), "Accept", accept, "unsupported Accept")));
    }
    if (op.body() != null) {
      kinds.add(wholeBody(op));
      kinds.add(Arbitraries.just(withBody(op, "body over the size limit", JSON_TYPE,
          overLimit())));
      properties(op.body()).forEach((name, schema) -> kinds.add(badProperty(op, name, schema)));
      for (JsonNode required : op.body().path("required")) {
        ObjectNode body = base(op);
        body.remove(required.asText());
        kinds.add(Arbitraries.just(withBody(op, "missing " + required.asText(), JSON_TYPE,
            bytes(body))));
        ObjectNode nulled = base(op);
        nulled.putNull(required.asText());
        kinds.add(Arbitraries.just(withBody(op, "null " + required.asText(), JSON_TYPE,
            bytes(nulled))));
      }
    }
    return Arbitraries.oneOf(kinds);
  }

  /** The request without a mutation (never sent as such: each probe changes one thing). */
  private Probe valid(Operation op) {
    return new Probe(op, "valid", fixture.fill(op.path()), null, Auth.ALLOWED,
        op.body() == null ? null : JSON_TYPE, op.body() == null ? null : bytes(base(op)),
        Map.of());
  }

  private static Probe withHeader(Probe p, String name, String value, String mutation) {
    return new Probe(p.op(), mutation, p.path(), p.query(), p.auth(), p.contentType(), p.body(),
        Map.of(name, value));
  }

  private Probe withBody(Operation op, String mutation, String contentType, byte[] body) {
    return new Probe(op, mutation, fixture.fill(op.path()), null, Auth.ALLOWED, contentType,
        body, Map.of());
  }

  private Arbitrary<Probe> pathTrick(Operation op, Parameter param) {
    return Arbitraries.of(PATH_TRICKS).map(trick -> {
      Probe valid = valid(op);
      String path = op.path().replace("{" + param.name() + "}", trick);
      return new Probe(op, "path " + param.name(), fixture.fill(path), null, Auth.ALLOWED,
          valid.contentType(), valid.body(), Map.of());
    });
  }

  private Arbitrary<Probe> queryTrick(Operation op, Parameter param) {
    Arbitrary<String> values = Arbitraries.oneOf(
        Arbitraries.of(STRING_TRICKS), wrongScalar(param.schema()),
        Arbitraries.strings().ofMaxLength(50), Arbitraries.just("x".repeat(20_000)));
    if (param.name().equals("cursor")) {
      values = Arbitraries.oneOf(values, Arbitraries.strings().withCharRange('A', 'z')
          .ofMinLength(1).ofMaxLength(400), Arbitraries.just(base64("\u001f\u001f\u001f")),
          Arbitraries.just(base64("x".repeat(5000))), Arbitraries.just(base64("\u00ff\u00fe")));
    }
    // (Broken escapes such as %zz cannot be sent with java.net.URI: RoutingTest sends them raw.)
    return values.map(v -> new Probe(op, "query " + param.name(), fixture.fill(op.path()),
        param.name() + "=" + encode(v), Auth.ALLOWED, null, null, Map.of()));
  }

  private Arbitrary<Probe> badToken(Operation op) {
    return Arbitraries.of(Auth.GARBAGE, Auth.EXPIRED, Auth.FORGED)
        .map(a -> valid(op).with(a, "bad token"));
  }

  /** The body as a whole: not JSON, not an object, too deep, not UTF-8, not declared JSON. */
  private Arbitrary<Probe> wholeBody(Operation op) {
    byte[] valid = bytes(base(op));
    Arbitrary<Tuple.Tuple2<String, byte[]>> bodies = Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(200).map(s -> Tuple.of("not JSON", utf8("{" + s))),
        Arbitraries.of("", "null", "[]", "42", "\"text\"", "{\"a\":", "{}}")
            .map(s -> Tuple.of("not an object", utf8(s))),
        Arbitraries.integers().between(1_000, 100_000)
            .map(depth -> Tuple.of("deep JSON", utf8("[".repeat(depth) + "]".repeat(depth)))),
        Arbitraries.integers().between(1_000, 50_000).map(depth -> Tuple.of("deep JSON",
            utf8("{\"a\":".repeat(depth) + "1" + "}".repeat(depth)))),
        Arbitraries.just(Tuple.of("invalid UTF-8", invalidUtf8(valid))));
    Arbitrary<Probe> badBodies = bodies.map(t -> withBody(op, t.get1(), JSON_TYPE, t.get2()));
    Arbitrary<Probe> wrongTypes = Arbitraries.of("text/plain", "application/xml",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "")
        .map(type -> withBody(op, "content type " + type, type.isEmpty() ? null : type, valid));
    return Arbitraries.oneOf(badBodies, wrongTypes);
  }

  /** One property of the body given a value its schema forbids. */
  private Arbitrary<Probe> badProperty(Operation op, String name, JsonNode schema) {
    return badValue(schema).map(value -> {
      ObjectNode body = base(op);
      body.set(name, value);
      return withBody(op, "property " + name, JSON_TYPE, bytes(body));
    });
  }

  private static Arbitrary<JsonNode> badValue(JsonNode schema) {
    List<Arbitrary<JsonNode>> values = new ArrayList<>();
    String type = type(schema);
    values.add(Arbitraries.just(type.equals("object") ? NODES.arrayNode() : NODES.objectNode()
        .put("nested", true)));
    switch (type) {
      case "string" -> {
        values.add(Arbitraries.of(NODES.numberNode(12345), NODES.booleanNode(true),
            NODES.arrayNode().add("x")));
        values.add(Arbitraries.just(NODES.textNode("a".repeat(100_000))));
        values.add(Arbitraries.of(UNSTORABLE).map(NODES::textNode));
        if (schema.has("enum") || schema.has("format")) {
          values.add(Arbitraries.of(STRING_TRICKS).map(NODES::textNode));
          values.add(Arbitraries.just(NODES.textNode("no_such_value")));
        }
      }
      case "integer", "number" -> values.add(Arbitraries.of(NODES.textNode("forty"),
          NODES.numberNode(1.5), NODES.numberNode(new java.math.BigInteger("9".repeat(40))),
          NODES.numberNode(-1), NODES.numberNode(101), NODES.booleanNode(true)));
      case "boolean" -> values.add(Arbitraries.of(NODES.textNode("yes"), NODES.numberNode(1)));
      case "array" -> {
        values.add(Arbitraries.of(NODES.textNode("x"), NODES.numberNode(3)));
        values.add(Arbitraries.integers().between(100, 20_000).map(BadRequests::longArray));
        // Up to the JSON body limit, and past it into what only the transport limit would stop
        // (a body Jackson would turn into millions of objects).
        values.add(Arbitraries.of(JSON_LIMIT / 8, JSON_LIMIT / 4, 3 * JSON_LIMIT / 4)
            .map(BadRequests::longArray));
        values.add(badValue(schema.path("items")).map(item -> NODES.arrayNode().add(item)));
      }
      case "object" -> values.add(Arbitraries.of(
          NODES.objectNode().put("no_such_key", 1),
          NODES.objectNode().put("fiscal_transparency", 99),
          NODES.textNode("x")));
      default -> values.add(Arbitraries.just(NODES.textNode("a".repeat(100_000))));
    }
    return Arbitraries.oneOf(values);
  }

  private static Arbitrary<String> wrongScalar(JsonNode schema) {
    return switch (type(schema)) {
      case "integer", "number" -> Arbitraries.of("abc", "-1", "0", "1.5",
          "99999999999999999999", "1e9", "0x10");
      case "boolean" -> Arbitraries.of("maybe", "2", "");
      default -> Arbitraries.of("no_such_value", "ZZZZZ", "' OR 1=1 --");
    };
  }

  /** A body with the required properties, each given a value its schema allows. */
  private ObjectNode base(Operation op) {
    ObjectNode body = NODES.objectNode();
    for (JsonNode required : op.body().path("required")) {
      String name = required.asText();
      body.set(name, validValue(name, properties(op.body()).get(name)));
    }
    return body;
  }

  private JsonNode validValue(String name, JsonNode schema) {
    Map<String, Function<CampaignFixture, String>> byName = Map.of(
        "memberCode", CampaignFixture::member, "planId", CampaignFixture::plan,
        "periodStart", f -> "2033", "periodEnd", f -> "2035");
    if (byName.containsKey(name)) {
      return NODES.textNode(byName.get(name).apply(fixture));
    }
    if (schema.has("examples")) {
      return schema.get("examples").get(0);
    }
    if (schema.has("enum")) {
      return schema.get("enum").get(0);
    }
    return switch (type(schema)) {
      case "integer", "number" -> NODES.numberNode(1);
      case "boolean" -> NODES.booleanNode(true);
      case "array" -> NODES.arrayNode();
      case "object" -> NODES.objectNode();
      default -> NODES.textNode(schema.path("format").asText().equals("date")
          ? "2031-01-01" : "valid text");
    };
  }

  private static Map<String, JsonNode> properties(JsonNode schema) {
    Map<String, JsonNode> props = new java.util.LinkedHashMap<>();
    schema.path("properties").fields().forEachRemaining(e -> props.put(e.getKey(), e.getValue()));
    return props;
  }

  private static String type(JsonNode schema) {
    if (schema.has("type")) {
      return schema.get("type").isArray() ? schema.get("type").get(0).asText()
          : schema.get("type").asText();
    }
    return schema.has("oneOf") ? type(schema.get("oneOf").get(0)) : "any";
  }

  /** An array of {@code n} short strings. */
  private static JsonNode longArray(int n) {
    var a = NODES.arrayNode();
    for (int i = 0; i < n; i++) {
      a.add("x" + i);
    }
    return a;
  }

  private static byte[] overLimit() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(OVER_LIMIT + 32);
    out.writeBytes(utf8("{\"note\":\""));
    out.writeBytes("a".repeat(OVER_LIMIT).getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(utf8("\"}"));
    return out.toByteArray();
  }

  /** The body with bytes that are no UTF-8 inside its first string value (or appended). */
  private static byte[] invalidUtf8(byte[] valid) {
    String text = new String(valid, StandardCharsets.UTF_8);
    int quote = text.indexOf(":\"");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (quote < 0) {
      out.writeBytes(utf8("{\"note\":\""));
      out.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
      out.writeBytes(utf8("\"}"));
    } else {
      out.writeBytes(utf8(text.substring(0, quote + 2)));
      out.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
      out.writeBytes(utf8(text.substring(quote + 2)));
    }
    return out.toByteArray();
  }

  private static byte[] bytes(JsonNode node) {
    try {
      return JSON.writeValueAsBytes(node);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String base64(String s) {
    return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(utf8(s));
  }
}
