package org.ogptracker.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.header.Headers;

/**
 * The event contract of {@code docs/asyncapi.yaml}: for each topic, the CloudEvents types it
 * carries and, for each type, the JSON Schemas of its headers, record key and data. Tests hold
 * what the services really publish against it, so the document cannot drift from the code.
 */
public final class EventContract {
  /** {@code docs/asyncapi.yaml} of the repository the tests run in (a module's parent). */
  public static final Path DOCUMENT = RepoRoot.resolve("docs/asyncapi.yaml");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static EventContract loaded;

  /** What the document says about one event type; {@code data} is its payload schema as written. */
  private record Message(JsonSchema headers, JsonSchema key, JsonSchema payload, String source,
      JsonNode data) {}

  private final JsonNode doc;
  private final Map<String, Map<String, Message>> topics = new LinkedHashMap<>();

  private EventContract(Path document) {
    try {
      doc = new YAMLMapper().readTree(Files.readAllBytes(document));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the event contract " + document, e);
    }
    // AsyncAPI 3 schemas are a superset of JSON Schema draft 7; the document's own fields are
    // no schema keywords.
    JsonMetaSchema.Builder meta = JsonMetaSchema.builder(JsonMetaSchema.getV7());
    doc.fieldNames().forEachRemaining(f -> meta.keyword(new NonValidationKeyword(f)));
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7,
        b -> b.metaSchema(meta.build()));
    String base = document.toUri().toString();
    doc.get("channels").forEach(channel -> {
      Map<String, Message> types = new LinkedHashMap<>();
      channel.get("messages").forEach(ref -> {
        String pointer = ref.get("$ref").asText(); // #/components/messages/{name}
        JsonNode message = doc.at(pointer.substring(1));
        String source = null;
        for (JsonNode part : message.at("/headers/allOf")) {
          source = part.at("/properties/ce_source/const").asText(source);
        }
        types.put(message.get("name").asText(), new Message(
            factory.getSchema(SchemaLocation.of(base + pointer + "/headers")),
            message.at("/bindings/kafka/key").isMissingNode() ? null
                : factory.getSchema(SchemaLocation.of(base + pointer + "/bindings/kafka/key")),
            factory.getSchema(SchemaLocation.of(base + pointer + "/payload")),
            source,
            resolve(message.get("payload"))));
      });
      topics.put(channel.get("address").asText(), types);
    });
  }

  /** The contract of this repository, read once. */
  public static synchronized EventContract load() {
    if (loaded == null) {
      loaded = new EventContract(DOCUMENT);
    }
    return loaded;
  }

  /** The contract of another document (tests of this class). */
  static EventContract of(Path document) {
    return new EventContract(document);
  }

  /** The CloudEvents source of the service that owns {@code topic}: its only publisher. */
  public String source(String topic) {
    return topics.getOrDefault(topic, Map.of()).values().stream().map(Message::source)
        .filter(java.util.Objects::nonNull).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no publisher of " + topic + " in "
            + DOCUMENT.getFileName()));
  }

  /**
   * What a consumer's record type for {@code type} on {@code topic} reads that the document does
   * not promise: none when each of its fields is a property of the event's data of a matching
   * JSON type, and each primitive field (one the record cannot take as null) a required,
   * non-null property. A producer's change the consumer depends on then fails this test, not
   * production.
   */
  public List<String> unreadable(String topic, String type, Class<?> record) {
    Message message = topics.getOrDefault(topic, Map.of()).get(type);
    if (message == null) {
      return List.of(type + " is not declared for " + topic);
    }
    if (!record.isRecord()) {
      return List.of(record.getName() + " is not a record");
    }
    JsonNode properties = message.data().path("properties");
    Set<String> required = new java.util.HashSet<>();
    message.data().path("required").forEach(r -> required.add(r.asText()));
    List<String> problems = new ArrayList<>();
    for (var c : record.getRecordComponents()) {
      String what = record.getSimpleName() + "." + c.getName();
      JsonNode property = resolve(properties.get(c.getName()));
      if (property == null) {
        problems.add(what + ": " + type + " has no such field");
        continue;
      }
      Set<String> types = jsonTypes(property);
      String wanted = jsonType(c.getType());
      if (!types.isEmpty() && !types.contains(wanted)
          && !(wanted.equals("number") && types.contains("integer"))) {
        problems.add(what + ": " + type + " says " + types + ", the record reads " + wanted);
      }
      if (c.getType().isPrimitive() && (!required.contains(c.getName()) || types.contains("null"))) {
        problems.add(what + ": a primitive, but " + type + " may leave it out or null");
      }
    }
    return problems;
  }

  /** {@link #unreadable(String, String, Class)} of each type a consumer reads, by record. */
  public List<String> unreadable(String topic, Map<String, Class<?>> reads) {
    List<String> problems = new ArrayList<>();
    reads.forEach((type, record) -> problems.addAll(unreadable(topic, type, record)));
    if (reads.isEmpty()) {
      problems.add("the consumer reads no type of " + topic);
    }
    return problems;
  }

  /** A schema with its {@code $ref} (within the document) followed. */
  private JsonNode resolve(JsonNode schema) {
    while (schema != null && schema.has("$ref")) {
      schema = doc.at(schema.get("$ref").asText().substring(1));
    }
    return schema;
  }

  /** The JSON types a property may have, those of its {@code oneOf}, {@code anyOf} and {@code allOf} included. */
  private Set<String> jsonTypes(JsonNode property) {
    Set<String> types = new java.util.TreeSet<>();
    JsonNode type = property.get("type");
    if (type != null && type.isArray()) {
      type.forEach(t -> types.add(t.asText()));
    } else if (type != null) {
      types.add(type.asText());
    }
    for (String combiner : List.of("oneOf", "anyOf", "allOf")) {
      property.path(combiner).forEach(branch -> types.addAll(jsonTypes(resolve(branch))));
    }
    return types;
  }

  private static String jsonType(Class<?> java) {
    if (java == String.class || java == java.time.LocalDate.class
        || java == java.time.Instant.class) {
      return "string";
    }
    if (java == int.class || java == Integer.class || java == long.class || java == Long.class) {
      return "integer";
    }
    if (java == double.class || java == Double.class) {
      return "number";
    }
    if (java == boolean.class || java == Boolean.class) {
      return "boolean";
    }
    if (java.util.Collection.class.isAssignableFrom(java)) {
      return "array";
    }
    return "object";
  }

  /** The event types the document declares for a topic (its own name, without test prefix). */
  public Set<String> types(String topic) {
    return topics.getOrDefault(topic, Map.of()).keySet();
  }

  /** The topics the document declares, each with its event types. */
  public Map<String, Set<String>> typesByTopic() {
    Map<String, Set<String>> all = new LinkedHashMap<>();
    topics.forEach((topic, types) -> all.put(topic, types.keySet()));
    return all;
  }

  /**
   * What is wrong with a record published to {@code topic}, by the document: none when it
   * conforms.
   *
   * @param headers the record's headers as text ({@code ce_*} and {@code content-type})
   * @param value the record's value, the event's JSON data
   */
  public List<String> violations(String topic, String key, Map<String, String> headers,
      byte[] value) {
    Map<String, Message> types = topics.get(topic);
    if (types == null) {
      return List.of("topic " + topic + " is not in " + DOCUMENT.getFileName());
    }
    String type = headers.get("ce_type");
    Message message = types.get(type);
    if (message == null) {
      return List.of("type " + type + " is not declared for " + topic);
    }
    List<String> problems = new ArrayList<>();
    ObjectNode headerNode = JsonNodeFactory.instance.objectNode();
    headers.forEach(headerNode::put);
    add(problems, type + " headers", message.headers().validate(headerNode));
    if (message.key() != null) {
      add(problems, type + " key", message.key().validate(
          key == null ? JsonNodeFactory.instance.nullNode() : TextNode.valueOf(key)));
    }
    try {
      add(problems, type + " data", message.payload().validate(JSON.readTree(value)));
    } catch (IOException e) {
      problems.add(type + " data is not JSON: " + e.getMessage());
    }
    return problems;
  }

  private static void add(List<String> problems, String what, Collection<ValidationMessage> errors) {
    errors.forEach(e -> problems.add(what + ": " + e.getMessage()));
  }

  /** Headers of a Kafka record as text, by name (the last value of a repeated header). */
  public static Map<String, String> text(Headers headers) {
    Map<String, String> text = new HashMap<>();
    headers.forEach(h -> text.put(h.key(), h.value() == null ? null
        : new String(h.value(), StandardCharsets.UTF_8)));
    return text;
  }
}
