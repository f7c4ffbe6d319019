package org.ogptracker.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every operation of the merged OpenAPI document, as the campaign needs them. */
final class ApiOperations {
  private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
  private static final ObjectMapper JSON = new ObjectMapper();

  private ApiOperations() {}

  record Parameter(String name, String in, JsonNode schema, boolean required) {}

  /**
   * One operation: its path template, parameters, and its JSON request body's schema (references
   * resolved) with the media type it declares, if it takes one; whether it answers with a
   * stream that stays open (Server-Sent Events).
   */
  record Operation(String method, String path, List<Parameter> parameters, JsonNode body,
      String mediaType, boolean secured, String operationId, boolean streams) {
    /** A list that pages: it takes a cursor. */
    boolean pages() {
      return in("query").stream().anyMatch(p -> p.name().equals("cursor"));
    }

    /** A feed read by following its cursor: it takes {@code after}, and never ends. */
    boolean follows() {
      return in("query").stream().anyMatch(p -> p.name().equals("after"));
    }

    boolean writes() {
      return !method.equals("GET");
    }

    List<Parameter> in(String where) {
      return parameters.stream().filter(p -> p.in().equals(where)).toList();
    }

    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  /** Reads the document the gateway serves at {@code /q/openapi}. */
  static List<Operation> of(String gateway) {
    try {
      HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create(gateway + "/q/openapi?format=json")).build(),
          HttpResponse.BodyHandlers.ofString());
      return of(JSON.readTree(r.body()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static List<Operation> of(JsonNode document) {
    List<Operation> operations = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> path = paths.next();
      Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields();
      while (ops.hasNext()) {
        Map.Entry<String, JsonNode> op = ops.next();
        if (!METHODS.contains(op.getKey())) {
          continue;
        }
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode p : iterable(path.getValue().path("parameters"), op.getValue().path("parameters"))) {
          JsonNode param = resolve(document, p);
          parameters.add(new Parameter(param.path("name").asText(), param.path("in").asText(),
              resolve(document, param.path("schema")), param.path("required").asBoolean()));
        }
        JsonNode content = resolve(document, op.getValue().path("requestBody")).path("content");
        String mediaType = content.fieldNames().hasNext() ? content.fieldNames().next() : null;
        JsonNode body = mediaType == null ? null
            : resolveAll(document, content.path(mediaType).path("schema"), 0);
        operations.add(new Operation(op.getKey().toUpperCase(), path.getKey(), parameters, body,
            mediaType, op.getValue().has("security") || document.has("security"),
            op.getValue().path("operationId").asText(), op.getValue().path("responses")
            .path("200").path("content").has("text/event-stream")));
      }
    }
    return operations;
  }

  private static List<JsonNode> iterable(JsonNode... arrays) {
    List<JsonNode> all = new ArrayList<>();
    for (JsonNode a : arrays) {
      a.forEach(all::add);
    }
    return all;
  }

  private static JsonNode resolve(JsonNode document, JsonNode node) {
    JsonNode n = node;
    for (int i = 0; i < 10 && n.has("$ref"); i++) {
      n = document.at(n.get("$ref").asText().substring(1));
    }
    return n;
  }

  /** The schema with every reference replaced by its target (bounded depth: no cycles here). */
  private static JsonNode resolveAll(JsonNode document, JsonNode schema, int depth) {
    JsonNode n = resolve(document, schema);
    if (!n.isObject() || depth > 8) {
      return n;
    }
    ObjectNode copy = JSON.createObjectNode();
    n.fields().forEachRemaining(f -> {
      JsonNode v = f.getValue();
      if (f.getKey().equals("properties")) {
        ObjectNode props = JSON.createObjectNode();
        v.fields().forEachRemaining(p -> props.set(p.getKey(), resolveAll(document, p.getValue(), depth + 1)));
        copy.set("properties", props);
      } else if (f.getKey().equals("items") || f.getKey().equals("additionalProperties")) {
        copy.set(f.getKey(), resolveAll(document, v, depth + 1));
      } else if (f.getKey().equals("allOf") || f.getKey().equals("anyOf") || f.getKey().equals("oneOf")) {
        var list = JSON.createArrayNode();
        v.forEach(x -> list.add(resolveAll(document, x, depth + 1)));
        copy.set(f.getKey(), list);
      } else {
        copy.set(f.getKey(), v);
      }
    });
    return copy;
  }
}
