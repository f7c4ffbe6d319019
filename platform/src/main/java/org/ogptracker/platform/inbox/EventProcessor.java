package org.ogptracker.platform.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * Applies consumed events once, in order, and never loses one.
 *
 * <ul>
 *   <li>Each event's id goes into the inbox in the transaction of its effect, so a redelivery
 *       changes nothing.
 *   <li>A record that is no readable event, that its topic's owner did not publish, or that the
 *       effect calls poison, goes to the dead-letter topic at once; one that fails for a reason of
 *       its own gets {@code ogp.inbox.attempts-before-dead-letter} attempts first.
 *   <li>A failure that passes (the database or the broker away, a timeout, a lost serialization
 *       race, or any failure while the database does not answer) is waited out with backoff for
 *       as long as it lasts: the consumer holds its place in the partition and nothing becomes a
 *       dead letter for it. The Kafka connector keeps polling meanwhile (its queue full, the
 *       partitions paused), so the consumer keeps its partitions however long the wait.
 * </ul>
 *
 * <p>Methods return once the records are applied or dead-lettered; they throw only when the
 * application stops ({@link RetryPauses.ConsumerStopping}), leaving the records uncommitted.
 */
@ApplicationScoped
public class EventProcessor {
  private static final Logger LOG = Logger.getLogger(EventProcessor.class);
  /** While waiting out an outage, a line every this many attempts (and on the first). */
  private static final int LOG_EVERY = 10;

  private final Inbox inbox;
  private final DeadLetters deadLetters;
  private final RetryPauses pauses;
  private final InboxConfig config;
  private final DataSource database;
  private final MeterRegistry metrics;
  private final Map<String, Waiting> waiting = new ConcurrentHashMap<>();

  EventProcessor(Inbox inbox, DeadLetters deadLetters, RetryPauses pauses, InboxConfig config,
      DataSource database, MeterRegistry metrics) {
    this.inbox = inbox;
    this.deadLetters = deadLetters;
    this.pauses = pauses;
    this.config = config;
    this.database = database;
    this.metrics = metrics;
  }

  /** What a consumer is waiting out: since when, on which record, and the latest failure. */
  public record Waiting(Instant since, String record, String failure) {}

  /** Applies one record (see the class comment). */
  public void process(Subscription subscription, ConsumerRecord<String, byte[]> record,
      Consumer<ConsumedEvent> effect) {
    read(subscription, record).ifPresent(event -> apply(subscription, record, event, effect));
  }

  /**
   * Applies a batch (one poll of a partition, in order) in one transaction: the inbox learns the
   * events in one statement and each first delivery's effect runs. A passing failure is waited
   * out and the whole batch tried again; any other failure rolls the batch back and applies it
   * record by record, as {@link #process} does, so that one bad record costs the batch its
   * speed, not its events.
   */
  public void processBatch(Subscription subscription,
      Iterable<ConsumerRecord<String, byte[]>> records, Consumer<ConsumedEvent> effect) {
    List<ConsumerRecord<String, byte[]>> readable = new ArrayList<>();
    List<ConsumedEvent> events = new ArrayList<>();
    for (ConsumerRecord<String, byte[]> r : records) {
      read(subscription, r).ifPresent(e -> {
        readable.add(r);
        events.add(e);
      });
    }
    if (events.isEmpty()) {
      return;
    }
    String consumer = subscription.consumer();
    for (int failures = 1; ; failures++) {
      try {
        int applied = QuarkusTransaction.requiringNew().call(() -> {
          Set<String> first = new HashSet<>(inbox.firstDeliveries(consumer,
              events.stream().map(ConsumedEvent::id).toList()));
          int n = 0;
          for (ConsumedEvent e : events) {
            if (first.remove(e.id())) { // an id twice in the batch: its first copy only
              effect.accept(e);
              n++;
            }
          }
          return n;
        });
        counted(consumer, applied, events.size() - applied);
        stopWaiting(consumer, failures);
        return;
      } catch (RuntimeException e) {
        if (!passing(e)) {
          stopWaiting(consumer, failures);
          LOG.infof("%s: batch of %d failed (%s); applying it record by record", consumer,
              events.size(), e.toString());
          break;
        }
        waitOut(consumer, "a batch of " + events.size() + " from " + where(readable.get(0)),
            failures, e);
      }
    }
    for (int i = 0; i < events.size(); i++) {
      apply(subscription, readable.get(i), events.get(i), effect);
    }
  }

  /** Who is waiting out an outage now, by consumer. */
  public Map<String, Waiting> waiting() {
    return Map.copyOf(waiting);
  }

  private void apply(Subscription subscription, ConsumerRecord<String, byte[]> record,
      ConsumedEvent event, Consumer<ConsumedEvent> effect) {
    String consumer = subscription.consumer();
    int ownFailures = 0;
    for (int failures = 1; ; failures++) {
      try {
        boolean first = QuarkusTransaction.requiringNew().call(() -> {
          if (!inbox.firstDelivery(consumer, event.id())) {
            return false;
          }
          effect.accept(event);
          return true;
        });
        counted(consumer, first ? 1 : 0, first ? 0 : 1);
        stopWaiting(consumer, failures);
        return;
      } catch (PoisonEventException e) {
        stopWaiting(consumer, failures);
        deadLetter(subscription, record, e);
        return;
      } catch (RuntimeException e) {
        if (passing(e)) {
          waitOut(consumer, where(record) + " (" + event.type() + ")", failures, e);
          continue;
        }
        stopWaiting(consumer, failures);
        ownFailures++;
        if (ownFailures >= config.attemptsBeforeDeadLetter()) {
          deadLetter(subscription, record, e);
          return;
        }
        LOG.warnf("%s: event %s (%s) failed (attempt %d of %d), retrying: %s", consumer,
            event.id(), event.type(), ownFailures, config.attemptsBeforeDeadLetter(), e.toString());
        pauses.pause(ownFailures);
      }
    }
  }

  /** The event in the record, if it is one its topic's owner published; else a dead letter. */
  private Optional<ConsumedEvent> read(Subscription subscription,
      ConsumerRecord<String, byte[]> record) {
    try {
      ConsumedEvent event = ConsumedEvent.read(record);
      subscription.requireOwner(event);
      return Optional.of(event);
    } catch (PoisonEventException e) {
      deadLetter(subscription, record, e);
      return Optional.empty();
    }
  }

  private void deadLetter(Subscription subscription, ConsumerRecord<String, byte[]> record,
      RuntimeException reason) {
    deadLetters.send(record, reason);
    metrics.counter("ogp.inbox.dead.lettered", Tags.of("consumer", subscription.consumer()))
        .increment();
  }

  /**
   * Whether the failure passes by itself: a kind that does (TransientFailures), or any failure
   * while the database does not answer (an outage may show as a failure of another kind).
   */
  private boolean passing(RuntimeException e) {
    if (e instanceof RetryPauses.ConsumerStopping) {
      throw e;
    }
    return TransientFailures.isTransient(e) || !databaseAnswers();
  }

  private boolean databaseAnswers() {
    try (Connection c = database.getConnection()) {
      return c.isValid(2);
    } catch (SQLException | RuntimeException e) {
      return false;
    }
  }

  private void waitOut(String consumer, String what, int failures, RuntimeException e) {
    Waiting now = waiting.computeIfAbsent(consumer,
        c -> new Waiting(Instant.now(), what, e.toString()));
    waiting.put(consumer, new Waiting(now.since(), what, e.toString()));
    if (failures == 1 || failures % LOG_EVERY == 0) {
      LOG.warnf("%s: %s cannot be applied now (attempt %d, since %s); waiting it out, "
              + "next attempt in %d ms: %s", consumer, what, failures, now.since(),
          pauses.millisAfter(failures), e.toString());
    }
    pauses.pause(failures);
  }

  private void stopWaiting(String consumer, int failures) {
    Waiting was = waiting.remove(consumer);
    if (was != null) {
      LOG.infof("%s: going on after %d attempts since %s", consumer, failures, was.since());
    }
  }

  private void counted(String consumer, int applied, int redelivered) {
    Tags tags = Tags.of("consumer", consumer);
    metrics.counter("ogp.inbox.applied", tags).increment(applied);
    metrics.counter("ogp.inbox.redelivered", tags).increment(redelivered);
  }

  private static String where(ConsumerRecord<String, byte[]> r) {
    return r.topic() + "@" + r.partition() + ":" + r.offset();
  }
}
