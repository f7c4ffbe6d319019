package org.ogptracker.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Merges the services' OpenAPI documents into the suite's one. Each service's paths keep their
 * definitions and their resources' tags, and name the service (x-service); schemas of the same
 * name and the same definition are shared, a name two services define differently is prefixed
 * with the service ({@code Report} of countries-service becomes {@code CountriesReport}) and its
 * references follow.
 */
public final class OpenApiMerge {
  private static final String SCHEMA_REF = "#/components/schemas/";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ObjectNode merged = NODES.objectNode();
  private final ObjectNode paths = NODES.objectNode();
  /** What the services send to others' receivers (OpenAPI 3.1 webhooks). */
  private final ObjectNode webhooks = NODES.objectNode();
  private final ObjectNode schemas = NODES.objectNode();
  private final ArrayNode tags = NODES.arrayNode();
  private final Set<String> definedTags = new LinkedHashSet<>();
  private final ArrayNode tagGroups = NODES.arrayNode();

  /** A service's document and which of its paths the gateway routes to it. */
  public record ServiceDocument(String service, JsonNode document, Predicate<String> routed) {}

  public OpenApiMerge(ObjectNode info) {
    merged.put("openapi", "3.1.0");
    merged.set("info", info);
  }

  /** The suite's document from the gateway's own paths and the services' documents. */
  public static ObjectNode merge(ObjectNode info, String serverUrl, ObjectNode gatewayPaths,
      ObjectNode gatewayTag, List<ServiceDocument> services) {
    OpenApiMerge m = new OpenApiMerge(info);
    m.tags.add(gatewayTag);
    m.definedTags.add(gatewayTag.path("name").asText());
    m.tagGroups.addObject().put("name", "gateway").putArray("tags")
        .add(gatewayTag.path("name").asText());
    gatewayPaths.fields().forEachRemaining(e -> m.paths.set(e.getKey(), e.getValue()));
    for (ServiceDocument s : services) {
      m.add(s);
    }
    m.merged.putArray("servers").addObject().put("url", serverUrl)
        .put("description", "The gateway");
    m.merged.set("tags", m.tags);
    m.merged.set("x-tagGroups", m.tagGroups);
    m.merged.set("paths", m.paths);
    if (!m.webhooks.isEmpty()) {
      m.merged.set("webhooks", m.webhooks);
    }
    ObjectNode components = m.merged.putObject("components");
    components.set("schemas", m.schemas);
    components.putObject("securitySchemes").putObject("bearer")
        .put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT")
        .put("description", "RS256 JWT of the configured issuer for audience ogp-tracker, at "
            + "most an hour old (iat), with claims sub, groups (admin, government, reviewer) "
            + "and country; the gateway checks it and the services enforce their rules");
    return m.merged;
  }

  private void add(ServiceDocument s) {
    JsonNode routed = routedOnly(s);
    // Rename until stable: a schema that refers to a renamed one differs from its namesake too.
    Map<String, String> renamed = new HashMap<>();
    String prefix = prefix(s.service());
    JsonNode doc;
    int before;
    do {
      before = renamed.size();
      doc = routed.deepCopy();
      renameRefs(doc, renamed);
      doc.path("components").path("schemas").fields().forEachRemaining(e -> {
        JsonNode existing = schemas.get(e.getKey());
        if (existing != null && !existing.equals(e.getValue())) {
          renamed.put(e.getKey(), prefix + e.getKey());
        }
      });
    } while (renamed.size() > before);
    doc.path("components").path("schemas").fields().forEachRemaining(e ->
        schemas.set(renamed.getOrDefault(e.getKey(), e.getKey()), e.getValue()));
    // Operations keep their resource's tag (Members, Action plans, Reports...), defined as the
    // service defines it; each says which service answers it (x-service), and the tags of a
    // service form a group (x-tagGroups, which Redoc shows as sections).
    Set<String> used = new LinkedHashSet<>();
    doc.path("paths").fields().forEachRemaining(e -> {
      e.getValue().fields().forEachRemaining(op -> {
        if (op.getValue().isObject() && op.getValue().has("responses")) {
          ObjectNode operation = (ObjectNode) op.getValue();
          operation.put("x-service", s.service());
          if (!operation.path("tags").isArray() || operation.path("tags").isEmpty()) {
            operation.putArray("tags").add(s.service());
          }
          operation.path("tags").forEach(t -> used.add(t.asText()));
        }
      });
      paths.set(e.getKey(), e.getValue());
    });
    doc.path("webhooks").fields().forEachRemaining(e -> {
      e.getValue().forEach(op -> {
        if (op.isObject()) {
          ((ObjectNode) op).put("x-service", s.service());
          op.path("tags").forEach(t -> used.add(t.asText()));
        }
      });
      webhooks.set(e.getKey(), e.getValue());
    });
    ArrayNode group = tagGroups.addObject().put("name", s.service()).putArray("tags");
    for (String name : used) {
      group.add(name);
      if (definedTags.add(name)) {
        ObjectNode tag = tags.addObject().put("name", name);
        doc.path("tags").forEach(t -> {
          if (t.path("name").asText().equals(name) && t.has("description")) {
            tag.set("description", t.get("description"));
          }
        });
      }
    }
  }

  /**
   * A service's document with only the paths the gateway routes to it and the schemas those use,
   * directly or through other schemas: its bulk imports, and what only they use, stay out of the
   * public document (and take no name another service's schema would need).
   */
  static JsonNode routedOnly(ServiceDocument s) {
    ObjectNode doc = s.document().deepCopy();
    ObjectNode routedPaths = NODES.objectNode();
    s.document().path("paths").fields().forEachRemaining(e -> {
      if (s.routed().test(e.getKey())) {
        routedPaths.set(e.getKey(), e.getValue().deepCopy());
      }
    });
    doc.set("paths", routedPaths);
    JsonNode all = s.document().path("components").path("schemas");
    Set<String> names = new LinkedHashSet<>();
    Deque<JsonNode> todo = new ArrayDeque<>(List.of(routedPaths, doc.path("webhooks")));
    while (!todo.isEmpty()) {
      JsonNode node = todo.pop();
      if (node.isObject() && node.path("$ref").asText("").startsWith(SCHEMA_REF)) {
        String name = node.get("$ref").asText().substring(SCHEMA_REF.length());
        if (names.add(name) && all.has(name)) {
          todo.push(all.get(name));
        }
      }
      node.forEach(todo::push);
    }
    if (doc.path("components").isObject()) {
      ObjectNode kept = ((ObjectNode) doc.get("components")).putObject("schemas");
      all.fields().forEachRemaining(e -> {
        if (names.contains(e.getKey())) {
          kept.set(e.getKey(), e.getValue());
        }
      });
    }
    return doc;
  }

  /** {@code countries-service} → {@code Countries}. */
  static String prefix(String service) {
    String word = service.replaceFirst("-service$", "");
    StringBuilder b = new StringBuilder();
    for (String part : word.split("-")) {
      if (!part.isEmpty()) {
        b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return b.toString();
  }

  private static void renameRefs(JsonNode node, Map<String, String> renamed) {
    if (renamed.isEmpty()) {
      return;
    }
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> e = fields.next();
        if (e.getKey().equals("$ref") && e.getValue().isTextual()
            && e.getValue().asText().startsWith(SCHEMA_REF)) {
          String name = e.getValue().asText().substring(SCHEMA_REF.length());
          if (renamed.containsKey(name)) {
            e.setValue(TextNode.valueOf(SCHEMA_REF + renamed.get(name)));
          }
        } else {
          renameRefs(e.getValue(), renamed);
        }
      }
    } else if (node.isArray()) {
      node.forEach(child -> renameRefs(child, renamed));
    }
  }
}
