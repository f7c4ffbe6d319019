package org.ogptracker.platform.testing;

import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Sends events to a topic as its owning service would (its CloudEvents source, from the event
 * contract), to test a consumer through real Kafka. Topic names get the test prefix (see
 * {@link TestTopics}).
 */
public final class EventPublisher implements AutoCloseable {
  private final KafkaProducer<String, byte[]> producer;

  public EventPublisher() {
    String servers = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
        ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
  }

  /** Sends a CloudEvent about {@code key} in binary mode and waits for the acknowledgement. */
  public void send(String topic, String key, String id, String type, String json) {
    send(topic, key, key, id, type, json);
  }

  /** Sends a CloudEvent whose subject differs from its key (e.g. a milestone of a plan). */
  public void send(String topic, String key, String subject, String id, String type, String json) {
    sendAs(EventContract.load().source(topic), topic, key, subject, id, type, json);
  }

  /** Sends a CloudEvent from {@code source}: the topic's owner or, to test a consumer's trust, not. */
  public void sendAs(String source, String topic, String key, String subject, String id,
      String type, String json) {
    var event = CloudEventBuilder.v1().withId(id).withType(type)
        .withSource(URI.create(source)).withSubject(subject).withTime(OffsetDateTime.now())
        .withDataContentType("application/json")
        .withData(json.getBytes(StandardCharsets.UTF_8)).build();
    sendRecord(KafkaMessageFactory.createWriter(TestTopics.of(topic), null, null, key)
        .writeBinary(event));
  }

  /**
   * Puts an event of {@code topic}'s owner straight into {@code topic}'s dead-letter topic, as a
   * consumer that could not apply it would have (platform's DeadLetters, with its headers): a
   * dead letter for a replay to bring back.
   */
  public void sendDeadLetter(String topic, String key, String subject, String id, String type,
      String json, String reason) {
    var event = CloudEventBuilder.v1().withId(id).withType(type)
        .withSource(URI.create(EventContract.load().source(topic))).withSubject(subject)
        .withTime(OffsetDateTime.now()).withDataContentType("application/json")
        .withData(json.getBytes(StandardCharsets.UTF_8)).build();
    ProducerRecord<String, byte[]> dead = KafkaMessageFactory.createWriter(
        TestTopics.of(topic + ".dlq"), null, null, key).writeBinary(event);
    Map.of("dead-letter-reason", reason, "dead-letter-topic", TestTopics.of(topic),
            "dead-letter-partition", "0", "dead-letter-offset", "0")
        .forEach((name, value) -> dead.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
    sendRecord(dead);
  }

  /** Sends bytes without CloudEvents headers: what a broken producer would send. */
  public void sendRaw(String topic, String key, byte[] value) {
    sendRecord(new ProducerRecord<>(TestTopics.of(topic), key, value));
  }

  private void sendRecord(ProducerRecord<String, byte[]> record) {
    try {
      producer.send(record).get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("Could not send to " + record.topic(), e);
    }
  }

  @Override
  public void close() {
    producer.close();
  }
}
