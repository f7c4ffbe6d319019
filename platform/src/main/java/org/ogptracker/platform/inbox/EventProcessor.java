package org.ogptracker.platform.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * Applies a consumed event once: reads the CloudEvent, then records its id in the inbox and runs
 * the effect in one transaction. A record that is no readable event, or that the effect calls
 * poison, fails at once (the channel's dead-letter queue takes it). Any other failure (database
 * down, a lock timeout) is retried with backoff, so a passing outage loses nothing; only when
 * the retries are spent does the record fail too.
 */
@ApplicationScoped
public class EventProcessor {
  private static final Logger LOG = Logger.getLogger(EventProcessor.class);
  static final int MAX_ATTEMPTS = 20;
  static final long FIRST_BACKOFF_MS = 200;
  static final long MAX_BACKOFF_MS = 5_000;

  private final Inbox inbox;
  private final ObjectMapper json;
  private final DeadLetters deadLetters;

  EventProcessor(Inbox inbox, ObjectMapper json, DeadLetters deadLetters) {
    this.inbox = inbox;
    this.json = json;
    this.deadLetters = deadLetters;
  }

  /**
   * Applies a batch of records (one poll of a partition, in order) in one transaction: the
   * inbox learns them in one statement and each first delivery's effect runs, once. Should any
   * effect fail, the transaction rolls back and the batch is applied again record by record,
   * as {@link #process} does, so that one bad record costs the batch its speed, not its events:
   * what is poison, or still fails when its retries are spent, goes to the dead-letter topic
   * and the rest is applied. Never throws for a bad record: the batch is acknowledged after.
   */
  public void processBatch(String consumer, Iterable<ConsumerRecord<String, byte[]>> records,
      Consumer<ConsumedEvent> effect) {
    List<ConsumerRecord<String, byte[]>> readable = new ArrayList<>();
    List<ConsumedEvent> events = new ArrayList<>();
    for (ConsumerRecord<String, byte[]> r : records) {
      try {
        events.add(ConsumedEvent.read(r, json));
        readable.add(r);
      } catch (PoisonEventException e) {
        deadLetters.send(r, e);
      }
    }
    if (events.isEmpty()) {
      return;
    }
    try {
      QuarkusTransaction.requiringNew().run(() -> {
        Set<String> first = new HashSet<>(inbox.firstDeliveries(consumer,
            events.stream().map(ConsumedEvent::id).toList()));
        for (ConsumedEvent e : events) {
          if (first.remove(e.id())) { // an id twice in the batch: its first copy only
            effect.accept(e);
          }
        }
      });
    } catch (RuntimeException batchFailed) {
      LOG.infof("%s: batch of %d failed (%s); applying it record by record", consumer,
          readable.size(), batchFailed.toString());
      for (ConsumerRecord<String, byte[]> r : readable) {
        try {
          process(consumer, r, effect);
        } catch (RuntimeException e) {
          deadLetters.send(r, e);
        }
      }
    }
  }

  public void process(String consumer, ConsumerRecord<String, byte[]> record,
      Consumer<ConsumedEvent> effect) {
    ConsumedEvent event = ConsumedEvent.read(record, json);
    for (int attempt = 1; ; attempt++) {
      try {
        QuarkusTransaction.requiringNew().run(() -> {
          if (inbox.firstDelivery(consumer, event.id())) {
            effect.accept(event);
          }
        });
        return;
      } catch (PoisonEventException e) {
        throw e;
      } catch (RuntimeException e) {
        if (attempt >= MAX_ATTEMPTS) {
          throw e;
        }
        long wait = Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS << Math.min(attempt - 1, 10));
        LOG.warnf("%s: event %s (%s) failed, attempt %d, retrying in %d ms: %s", consumer,
            event.id(), event.type(), attempt, wait, e.toString());
        try {
          Thread.sleep(wait);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }
}
