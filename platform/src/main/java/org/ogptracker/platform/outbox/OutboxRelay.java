package org.ogptracker.platform.outbox;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;
import org.ogptracker.platform.kafka.KafkaConnection;
import org.ogptracker.platform.db.SqlValues;

/**
 * Publishes outbox rows to Kafka as CloudEvents (binary mode) and marks them published.
 *
 * <p>One thread per process. It wakes when a transaction in this process commits an event, and
 * otherwise polls every {@code ogp.outbox.poll-interval} for events written by other instances. A
 * transaction-scoped advisory lock makes one instance publish at a time, which keeps each key's
 * events in commit order. A batch is marked published only after Kafka acknowledged every record
 * (acks=all, idempotent producer); if Kafka is down the batch rolls back and is retried, so an
 * event is published at least once and consumers deduplicate by its id.
 */
@ApplicationScoped
public class OutboxRelay {
  private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
  private static final long LOCK_ID = 0x0_6f_67_70_6f_75_74L; // "ogpout"
  private static final Duration CLEANUP_EVERY = Duration.ofHours(1);

  private final EntityManager em;
  private final OutboxConfig config;
  private final Map<String, Object> kafkaConfig;
  private final Semaphore signal = new Semaphore(0);
  private final AtomicLong backlog = new AtomicLong();
  private final Counter published;
  private volatile boolean running;
  private volatile Thread thread;
  /** Failed publishes in a row (Kafka away), and the last one's error, for health. */
  private volatile int failuresInARow;
  private volatile String lastFailure;
  private KafkaProducer<String, byte[]> producer;
  private Instant nextCleanup = Instant.EPOCH;
  private static final long COUNT_EVERY_NANOS = TimeUnit.SECONDS.toNanos(1);
  private long lastCount = System.nanoTime() - COUNT_EVERY_NANOS;

  OutboxRelay(EntityManager em, OutboxConfig config, MeterRegistry registry,
      @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
    this.em = em;
    this.config = config;
    this.kafkaConfig = kafkaConfig;
    this.published = registry.counter("ogp.outbox.published");
    Gauge.builder("ogp.outbox.backlog", backlog, AtomicLong::get)
        .description("Outbox events not yet acknowledged by Kafka").register(registry);
  }

  void onStart(@Observes StartupEvent event) {
    if (!config.enabled()) {
      LOG.info("Outbox relay disabled");
      return;
    }
    producer = new KafkaProducer<>(producerConfig(), new StringSerializer(), new ByteArraySerializer());
    running = true;
    thread = new Thread(this::run, "outbox-relay");
    thread.setDaemon(true);
    thread.start();
  }

  void onStop(@Observes ShutdownEvent event) {
    running = false;
    Thread t = thread;
    if (t != null) {
      signal.release();
      try {
        t.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (producer != null) {
      producer.close(Duration.ofSeconds(5));
    }
  }

  /** Called after a commit that wrote events: publish now rather than at the next poll. */
  public void wake() {
    if (signal.availablePermits() == 0) {
      signal.release();
    }
  }

  /** Publishes that failed in a row (0 once one succeeds), and the last one's error. */
  public int failuresInARow() {
    return failuresInARow;
  }

  public String lastFailure() {
    return lastFailure;
  }

  /** Events written but not yet acknowledged by Kafka, as of the relay's last look. */
  public long backlog() {
    return backlog.get();
  }

  private void run() {
    int failures = 0;
    while (running) {
      try {
        signal.drainPermits();
        int sent = QuarkusTransaction.requiringNew().call(this::publishBatch);
        failures = 0;
        failuresInARow = 0;
        cleanupIfDue();
        if (sent < config.batchSize()) {
          signal.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        failures++;
        failuresInARow = failures;
        lastFailure = e.toString();
        long wait = config.retryBackoff().toMillis() << Math.min(failures - 1, 4);
        LOG.warnf("Outbox publish failed (%d in a row), retrying in %d ms: %s", failures, wait,
            e.getMessage());
        sleep(wait);
      }
    }
  }

  /** Publishes one batch in the current transaction; returns how many rows it published. */
  int publishBatch() throws Exception {
    Boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
        .setParameter(1, LOCK_ID).getSingleResult();
    if (!locked) {
      return 0;
    }
    // Plan this transaction's statements for the table as it is now. A prepared statement's
    // generic plan, made while the outbox was small (a seq scan), stays cached until the
    // table's statistics change; where nothing analyzes the table (autovacuum off), the relay
    // then marked each batch of a million-row backlog with a full scan (~4.5 s, ~100 events/s).
    em.createNativeQuery("set local plan_cache_mode = force_custom_plan").executeUpdate();
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery("""
            select seq, id, topic, record_key, type, subject, occurred_at, cast(data as text)
            from outbox_event where published_at is null order by seq limit ?1""")
        .setParameter(1, config.batchSize()).getResultList();
    if (rows.isEmpty()) {
      backlog.set(0);
      return 0;
    }
    List<Future<?>> acks = new ArrayList<>(rows.size());
    List<Long> seqs = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      seqs.add(((Number) row[0]).longValue());
      acks.add(producer.send(record(row)));
    }
    producer.flush();
    for (Future<?> ack : acks) {
      ack.get(30, TimeUnit.SECONDS);
    }
    em.createNativeQuery("update outbox_event set published_at = now() where seq = any(?1)")
        .setParameter(1, seqs.toArray(new Long[0])).executeUpdate();
    published.increment(rows.size());
    if (rows.size() < config.batchSize()) {
      backlog.set(0);
    } else if (System.nanoTime() - lastCount > COUNT_EVERY_NANOS) {
      // Counting a backlog scans it: a million rows took a PostgreSQL core when counted after
      // every batch (the relay then published ~430 events/s). At most once a second.
      lastCount = System.nanoTime();
      backlog.set(((Number) em.createNativeQuery(
          "select count(*) from outbox_event where published_at is null").getSingleResult()).longValue());
    }
    return rows.size();
  }

  private ProducerRecord<String, byte[]> record(Object[] row) {
    CloudEvent event = CloudEventBuilder.v1()
        .withId(row[1].toString())
        .withSource(URI.create(config.source()))
        .withType((String) row[4])
        .withSubject((String) row[5])
        .withTime(SqlValues.instant(row[6]).atOffset(ZoneOffset.UTC))
        .withDataContentType("application/json")
        .withData(((String) row[7]).getBytes(StandardCharsets.UTF_8))
        .build();
    String topic = config.topicPrefix().orElse("") + row[2];
    return KafkaMessageFactory.createWriter(topic, null, null, (String) row[3]).writeBinary(event);
  }

  private void cleanupIfDue() {
    Instant now = Instant.now();
    if (now.isBefore(nextCleanup)) {
      return;
    }
    nextCleanup = now.plus(CLEANUP_EVERY);
    QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
            "delete from outbox_event where published_at < ?1")
        .setParameter(1, now.minus(config.retention())).executeUpdate());
  }

  private Map<String, Object> producerConfig() {
    Map<String, Object> p = KafkaConnection.settings(kafkaConfig);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    p.put(ProducerConfig.LINGER_MS_CONFIG, 1);
    p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
    p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
    p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
    p.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-" + config.source().replaceAll("[^A-Za-z0-9-]", "")
        + "-" + UUID.randomUUID().toString().substring(0, 8));
    return p;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
