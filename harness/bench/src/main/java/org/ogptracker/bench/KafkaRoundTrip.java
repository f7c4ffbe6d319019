package org.ogptracker.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.apache.kafka.common.serialization.LongSerializer;

/**
 * The broker's floor under event latency: one record at a time sent (acks=all, idempotent, as the
 * outbox relay sends) and read back by a consumer already waiting on the partition.
 */
final class KafkaRoundTrip {
  static final String TOPIC = "bench.roundtrip";

  private KafkaRoundTrip() {}

  /** Latencies of {@code n} round trips, in nanoseconds. */
  static long[] measure(String bootstrap, int n) throws Exception {
    createTopic(bootstrap);
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    p.put(ProducerConfig.LINGER_MS_CONFIG, 0);
    Properties c = new Properties();
    c.put("bootstrap.servers", bootstrap);
    c.put("enable.auto.commit", false);
    c.put("fetch.max.wait.ms", 100);
    TopicPartition partition = new TopicPartition(TOPIC, 0);
    try (var producer = new KafkaProducer<>(p, new LongSerializer(), new LongSerializer());
         var consumer = new KafkaConsumer<>(c, new LongDeserializer(), new LongDeserializer())) {
      consumer.assign(List.of(partition));
      consumer.seekToEnd(List.of(partition));
      consumer.position(partition);
      long[] latencies = new long[n];
      for (int i = -n / 10; i < n; i++) { // the first tenth warms up
        long sent = System.nanoTime();
        producer.send(new ProducerRecord<>(TOPIC, 0, (long) i, sent)).get();
        boolean seen = false;
        while (!seen) {
          for (ConsumerRecord<Long, Long> r : consumer.poll(Duration.ofMillis(200))) {
            seen |= r.key() == i;
          }
        }
        if (i >= 0) {
          latencies[i] = System.nanoTime() - sent;
        }
      }
      return latencies;
    }
  }

  private static void createTopic(String bootstrap) throws InterruptedException {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
      admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw new IllegalStateException("cannot create " + TOPIC, e.getCause());
      }
    }
  }
}
