package org.ogptracker.platform.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.io.IOException;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A CloudEvent read from a Kafka record (binary mode), with its JSON data. A record that is not
 * such an event is a {@link PoisonEventException}: the consumer's dead-letter queue takes it.
 */
public record ConsumedEvent(String id, String type, String source, String subject, String key,
    java.time.Instant time, JsonNode data) {

  public static ConsumedEvent read(ConsumerRecord<String, byte[]> record, ObjectMapper json) {
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
      JsonNode data = json.readTree(e.getData().toBytes());
      if (data == null || !data.isObject()) {
        throw new PoisonEventException("CloudEvent " + e.getId() + " data is not a JSON object");
      }
      java.time.Instant time = e.getTime() == null ? java.time.Instant.ofEpochMilli(record.timestamp())
          : e.getTime().toInstant();
      return new ConsumedEvent(e.getId(), e.getType(), e.getSource().toString(), e.getSubject(),
          record.key(), time, data);
    } catch (IOException ex) {
      throw new PoisonEventException("CloudEvent " + e.getId() + " data is not JSON", ex);
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

  /** An optional text field of the data. */
  public String optionalText(String field) {
    JsonNode v = data.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
