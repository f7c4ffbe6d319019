package org.ogptracker.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Reads what a service published to a Kafka topic, from the moment it was opened: open before
 * the action, then await the event the action must have caused. Every record read must conform
 * to the event contract ({@code docs/asyncapi.yaml}); one that does not fails the test.
 */
public final class PublishedEvents implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One CloudEvent as read back from Kafka. */
  public record Received(String key, String id, String type, String source, String subject,
      JsonNode data) {}

  private final String name;
  private final KafkaConsumer<String, byte[]> consumer;
  private final List<Received> received = new ArrayList<>();

  private PublishedEvents(String name) {
    this.name = name;
    String topic = TestTopics.of(name);
    String servers = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    consumer = new KafkaConsumer<>(Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
        new StringDeserializer(), new ByteArrayDeserializer());
    List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
        .map(p -> new TopicPartition(topic, p.partition())).toList();
    consumer.assign(partitions);
    consumer.seekToEnd(partitions);
    partitions.forEach(consumer::position);
  }

  /** Reads the topic of this name (with the test prefix). */
  public static PublishedEvents from(String topic) {
    return new PublishedEvents(topic);
  }

  /** Waits up to 60 s for an event matching {@code match} and returns it. */
  public Received await(Predicate<Received> match) {
    return await(match, 1).get(0);
  }

  /** Waits up to 60 s until {@code count} events match; returns all matching so far. */
  public List<Received> await(Predicate<Received> match, int count) {
    Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
      poll();
      return received.stream().filter(match).count() >= count;
    });
    return received.stream().filter(match).toList();
  }

  /**
   * Waits up to 60 s until at least one event of each of these types was read; returns all
   * read so far.
   */
  public List<Received> awaitEach(Set<String> types) {
    try {
      Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
        poll();
        return unseen(types).isEmpty();
      });
    } catch (ConditionTimeoutException e) {
      throw new AssertionError("not published within 60 s: " + unseen(types), e);
    }
    return List.copyOf(received);
  }

  private Set<String> unseen(Set<String> types) {
    Set<String> unseen = new TreeSet<>(types);
    received.forEach(r -> unseen.remove(r.type()));
    return unseen;
  }

  /** Everything read so far, after one more poll of {@code wait}. */
  public List<Received> all(Duration wait) {
    long end = System.nanoTime() + wait.toNanos();
    do {
      poll();
    } while (System.nanoTime() < end);
    return List.copyOf(received);
  }

  private void poll() {
    for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
      List<String> violations = EventContract.load().violations(name, r.key(),
          EventContract.text(r.headers()), r.value());
      if (!violations.isEmpty()) {
        throw new AssertionError("published event breaks docs/asyncapi.yaml: " + violations);
      }
      CloudEvent e = KafkaMessageFactory.createReader(r).toEvent();
      try {
        JsonNode data = e.getData() == null ? null : JSON.readTree(e.getData().toBytes());
        received.add(new Received(r.key(), e.getId(), e.getType(), e.getSource().toString(),
            e.getSubject(), data));
      } catch (IOException ex) {
        throw new IllegalStateException("Event " + e.getId() + " has no JSON data", ex);
      }
    }
  }

  @Override
  public void close() {
    consumer.close();
  }
}
