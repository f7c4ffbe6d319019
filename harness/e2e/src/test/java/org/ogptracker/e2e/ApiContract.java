package org.ogptracker.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The merged OpenAPI document as the judge of real exchanges: for a request the gateway
 * answered, whether the document declares its answer (the status, the media type, the headers
 * that matter to a client) and whether the body is what the declared schema says. Schemas are
 * OpenAPI 3.1's, JSON Schema 2020-12, checked with networknt's validator.
 */
final class ApiContract {
  /** Headers a generated client or a cache acts on: each one sent must be declared. */
  static final List<String> DECLARED_HEADERS =
      List.of("ETag", "Location", "Link", "Retry-After", "Deprecation", "Sunset");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonSchemaFactory SCHEMAS =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private final JsonNode document;
  private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();

  ApiContract(JsonNode document) {
    this.document = document;
  }

  /** One exchange as seen on the wire. */
  record Exchange(String method, String path, int status, String contentType,
      Map<String, String> headers, String body, String requestContentType, String requestBody) {}

  /** The operation the document declares for a method and a concrete path (no query). */
  Optional<JsonNode> operation(String method, String path) {
    JsonNode best = null;
    int bestLiterals = -1;
    for (Iterator<String> it = document.get("paths").fieldNames(); it.hasNext(); ) {
      String template = it.next();
      JsonNode op = document.get("paths").get(template).get(method.toLowerCase(Locale.ROOT));
      if (op == null || !path.matches(regex(template))) {
        continue;
      }
      int literals = template.replaceAll("\\{[^}]+}", "").length();
      if (literals > bestLiterals) {
        best = op;
        bestLiterals = literals;
      }
    }
    return Optional.ofNullable(best);
  }

  private static String regex(String template) {
    return Pattern.quote(template).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
  }

  /** What is wrong with the exchange by the document; empty when it holds or is not an API call. */
  List<String> violations(Exchange e) {
    List<String> wrong = new ArrayList<>();
    Optional<JsonNode> found = operation(e.method(), e.path());
    if (found.isEmpty()) {
      return wrong;
    }
    JsonNode op = found.get();
    String where = e.method() + " " + e.path() + " " + e.status();
    JsonNode responses = op.path("responses");
    JsonNode response = responses.has(Integer.toString(e.status()))
        ? responses.get(Integer.toString(e.status()))
        : responses.has((e.status() / 100) + "XX") ? responses.get((e.status() / 100) + "XX")
        : responses.get("default");
    if (response == null) {
      wrong.add(where + ": status not declared (declared: " + names(responses) + ")");
      return wrong;
    }
    response = resolve(response);
    for (String header : DECLARED_HEADERS) {
      if (e.headers().containsKey(header.toLowerCase(Locale.ROOT))
          && !hasIgnoringCase(response.path("headers"), header)) {
        wrong.add(where + ": header " + header + " sent but not declared");
      }
    }
    boolean empty = e.body() == null || e.body().isEmpty();
    if (empty && (e.status() == 204 || e.status() == 304 || e.method().equals("HEAD"))) {
      return wrong;
    }
    String media = baseType(e.contentType());
    JsonNode declared = response.path("content").get(media);
    if (declared == null) {
      wrong.add(where + ": media type " + media + " not declared (declared: "
          + names(response.path("content")) + ")");
      return wrong;
    }
    if (isJson(media)) {
      check(where + " response", declared.path("schema"), e.body(), wrong);
    } else if (!declared.path("schema").path("type").asText().equals("string")) {
      wrong.add(where + ": " + media + " is text, declared as " + declared.path("schema"));
    }
    if (e.status() / 100 == 2 && e.requestBody() != null && !e.requestBody().isEmpty()
        && isJson(baseType(e.requestContentType()))) {
      JsonNode request = resolve(op.path("requestBody")).path("content")
          .path(baseType(e.requestContentType()));
      if (request.isMissingNode()) {
        wrong.add(where + ": request media type " + e.requestContentType() + " not declared");
      } else {
        check(where + " request", request.path("schema"), e.requestBody(), wrong);
      }
    }
    return wrong;
  }

  private void check(String where, JsonNode schema, String body, List<String> wrong) {
    JsonNode value;
    try {
      value = JSON.readTree(body);
    } catch (IOException ex) {
      wrong.add(where + ": body is not JSON: " + ex.getMessage());
      return;
    }
    JsonSchema compiledSchema = compiled.computeIfAbsent(schema.toString(), k -> compile(schema));
    for (ValidationMessage m : compiledSchema.validate(value)) {
      wrong.add(where + ": " + m.getMessage());
    }
  }

  /** The schema as a document of its own that carries the components its references name. */
  private JsonSchema compile(JsonNode schema) {
    ObjectNode standalone = schema.isObject() ? schema.deepCopy() : JSON.createObjectNode();
    standalone.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    standalone.set("components", document.get("components"));
    return SCHEMAS.getSchema(standalone);
  }

  private JsonNode resolve(JsonNode node) {
    String ref = node.path("$ref").asText("");
    return ref.startsWith("#/") ? document.at(ref.substring(1)) : node;
  }

  static boolean isJson(String media) {
    return media.equals("application/json") || media.endsWith("+json");
  }

  static String baseType(String contentType) {
    return contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
  }

  private static boolean hasIgnoringCase(JsonNode object, String name) {
    for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
      if (it.next().equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
