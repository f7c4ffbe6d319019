package org.ogptracker.platform.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
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

  EventProcessor(Inbox inbox, ObjectMapper json) {
    this.inbox = inbox;
    this.json = json;
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
