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
  private final RetryPauses pauses;
  private volatile KafkaProducer<String, byte[]> producer;

  DeadLetters(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
      RetryPauses pauses) {
    this.kafkaConfig = kafkaConfig;
    this.pauses = pauses;
  }

  /**
   * Sends {@code record} to its topic's dead-letter twin; returns once Kafka has it. While Kafka
   * cannot take it, it tries again (with the consumer's backoff) for as long as that lasts: the
   * record's offset is committed only after, so it is never lost, whatever stops meanwhile.
   *
   * @throws RetryPauses.ConsumerStopping when the application stops before Kafka has it
   */
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
    for (int failures = 1; ; failures++) {
      try {
        producer().send(dead).get(30, TimeUnit.SECONDS);
        break;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new RetryPauses.ConsumerStopping();
      } catch (Exception e) {
        if (pauses.stopping()) {
          throw new RetryPauses.ConsumerStopping();
        }
        LOG.warnf("%s@%d:%d could not be dead-lettered (attempt %d), trying again in %d ms: %s",
            record.topic(), record.partition(), record.offset(), failures,
            pauses.millisAfter(failures), e.toString());
        pauses.pause(failures);
      }
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
          // A send while Kafka is away fails within seconds (then is tried again), instead of
          // blocking a minute for the topic's metadata.
          settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
          settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
          settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 20_000);
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
