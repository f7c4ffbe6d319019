package org.ogptracker.platform.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;

/** Reads a dead-letter topic (test.-prefixed) from its current end. */
public final class DeadLetterTopic implements AutoCloseable {
  private final KafkaConsumer<String, byte[]> consumer;
  private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

  /** {@code name} without the test prefix, e.g. {@code ogp.countries.v1.dlq}. */
  public DeadLetterTopic(String name) {
    String topic = TestTopics.of(name);
    consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
        ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class)),
        new StringDeserializer(), new ByteArrayDeserializer());
    List<TopicPartition> parts = consumer.partitionsFor(topic).stream()
        .map(p -> new TopicPartition(topic, p.partition())).toList();
    consumer.assign(parts);
    consumer.seekToEnd(parts);
    parts.forEach(consumer::position);
  }

  /** The first {@code count} dead letters with this key, within 30 s. */
  public List<ConsumerRecord<String, byte[]>> await(String key, int count) {
    Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
      consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
      return seen.stream().filter(r -> key.equals(r.key())).count() >= count;
    });
    return seen.stream().filter(r -> key.equals(r.key())).toList();
  }

  /** Every dead letter since the topic was opened, after reading for {@code wait} more. */
  public List<ConsumerRecord<String, byte[]>> all(Duration wait) {
    long end = System.nanoTime() + wait.toNanos();
    do {
      consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
    } while (System.nanoTime() < end);
    return List.copyOf(seen);
  }

  @Override
  public void close() {
    consumer.close();
  }
}
