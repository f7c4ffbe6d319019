package org.ogptracker.platform.inbox;

import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;
import org.ogptracker.platform.kafka.KafkaConnection;

/**
 * Sends a record its consumer could not apply to {@code <topic>.dlq}, as it was, with the
 * reason in the headers SmallRye's dead-letter queue uses ({@code dead-letter-reason},
 * {@code -cause}, {@code -topic}, {@code -partition}, {@code -offset}), for the batch consumers
 * that decide per record (a batch's own failure strategy would send the whole batch).
 */
@ApplicationScoped
public class DeadLetters {
  private static final Logger LOG = Logger.getLogger(DeadLetters.class);
  static final String SUFFIX = ".dlq";
  private final Map<String, Object> kafkaConfig;
  private volatile KafkaProducer<String, byte[]> producer;

  DeadLetters(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
    this.kafkaConfig = kafkaConfig;
  }

  /** Sends {@code record} to its topic's dead-letter twin; returns once Kafka has it. */
  public void send(ConsumerRecord<String, byte[]> record, Throwable reason) {
    ProducerRecord<String, byte[]> dead = new ProducerRecord<>(record.topic() + SUFFIX, null,
        record.key(), record.value());
    for (Header h : record.headers()) {
      dead.headers().add(h);
    }
    header(dead, "dead-letter-reason", String.valueOf(reason.getMessage()));
    if (reason.getCause() != null) {
      header(dead, "dead-letter-cause", String.valueOf(reason.getCause().getMessage()));
    }
    header(dead, "dead-letter-topic", record.topic());
    header(dead, "dead-letter-partition", Integer.toString(record.partition()));
    header(dead, "dead-letter-offset", Long.toString(record.offset()));
    try {
      producer().send(dead).get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("could not dead-letter " + record.topic() + "@"
          + record.partition() + ":" + record.offset(), e);
    }
    LOG.warnf("%s@%d:%d sent to %s: %s", record.topic(), record.partition(), record.offset(),
        dead.topic(), reason.getMessage());
  }

  private static void header(ProducerRecord<String, byte[]> r, String name, String value) {
    r.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
  }

  private KafkaProducer<String, byte[]> producer() {
    KafkaProducer<String, byte[]> p = producer;
    if (p == null) {
      synchronized (this) {
        if (producer == null) {
          Map<String, Object> settings = KafkaConnection.settings(kafkaConfig);
          settings.put(ProducerConfig.ACKS_CONFIG, "all");
          settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
          producer = new KafkaProducer<>(settings, new StringSerializer(), new ByteArraySerializer());
        }
        p = producer;
      }
    }
    return p;
  }

  void onStop(@Observes ShutdownEvent event) {
    if (producer != null) {
      producer.close(Duration.ofSeconds(5));
    }
  }
}
