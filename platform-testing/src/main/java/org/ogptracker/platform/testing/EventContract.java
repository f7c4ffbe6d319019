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
  public static final Path DOCUMENT = Path.of("..", "docs", "asyncapi.yaml").toAbsolutePath()
      .normalize();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static EventContract loaded;

  /** What the document says about one event type. */
  private record Message(JsonSchema headers, JsonSchema key, JsonSchema payload) {}

  private final Map<String, Map<String, Message>> topics = new LinkedHashMap<>();

  private EventContract(Path document) {
    JsonNode doc;
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
        types.put(message.get("name").asText(), new Message(
            factory.getSchema(SchemaLocation.of(base + pointer + "/headers")),
            message.at("/bindings/kafka/key").isMissingNode() ? null
                : factory.getSchema(SchemaLocation.of(base + pointer + "/bindings/kafka/key")),
            factory.getSchema(SchemaLocation.of(base + pointer + "/payload"))));
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
