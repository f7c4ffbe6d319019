package org.ogptracker.platform.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.io.IOException;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A CloudEvent read from a Kafka record (binary mode), with its JSON data. A record that is not
 * such an event is a {@link PoisonEventException}: the consumer's dead-letter queue takes it.
 */
public record ConsumedEvent(String id, String type, String source, String subject, String key,
    Instant time, JsonNode data) {
  /**
   * Reads event data into the consumer's record types. Fields a consumer does not know are
   * skipped: a producer may add fields without breaking its consumers (docs/asyncapi.yaml).
   */
  private static final ObjectMapper JSON = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .build();

  public static ConsumedEvent read(ConsumerRecord<String, byte[]> record) {
    CloudEvent e;
    try {
      e = KafkaMessageFactory.createReader(record).toEvent();
    } catch (RuntimeException ex) {
      throw new PoisonEventException("not a CloudEvent: " + ex.getMessage(), ex);
    }
    if (e.getId() == null || e.getId().isBlank() || e.getType() == null) {
      throw new PoisonEventException("CloudEvent without id or type");
    }
    if (e.getData() == null) {
      throw new PoisonEventException("CloudEvent " + e.getId() + " has no data");
    }
    try {
      JsonNode data = JSON.readTree(e.getData().toBytes());
      if (data == null || !data.isObject()) {
        throw new PoisonEventException("CloudEvent " + e.getId() + " data is not a JSON object");
      }
      Instant time = e.getTime() == null ? Instant.ofEpochMilli(record.timestamp())
          : e.getTime().toInstant();
      return new ConsumedEvent(e.getId(), e.getType(), e.getSource().toString(), e.getSubject(),
          record.key(), time, data);
    } catch (IOException ex) {
      throw new PoisonEventException("CloudEvent " + e.getId() + " data is not JSON", ex);
    }
  }

  /**
   * The data as the consumer's record of this event type; poison when it does not fit (a field of
   * the wrong type, or one the record's constructor requires and the data lacks).
   */
  public <T> T data(Class<T> type) {
    try {
      return JSON.treeToValue(data, type);
    } catch (JsonProcessingException | IllegalArgumentException ex) {
      Throwable why = ex.getCause() instanceof PoisonEventException p ? p : ex;
      throw new PoisonEventException("event " + id + " (" + this.type + ") is not a "
          + type.getSimpleName() + ": " + why.getMessage(), ex);
    }
  }

  /** A required text field of the data; poison when missing. */
  public String text(String field) {
    JsonNode v = data.get(field);
    if (v == null || v.isNull() || !v.isTextual() || v.asText().isBlank()) {
      throw new PoisonEventException("event " + id + " (" + type + ") lacks '" + field + "'");
    }
    return v.asText();
  }
}
