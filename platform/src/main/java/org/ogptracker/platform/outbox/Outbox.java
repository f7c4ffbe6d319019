package org.ogptracker.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Writes events into the outbox table in the caller's transaction, so an event exists exactly
 * when the change it describes was committed. {@link OutboxRelay} publishes them.
 */
@ApplicationScoped
public class Outbox {
  private static final String WAKE_REGISTERED = Outbox.class.getName() + ".wake";

  private final EntityManager em;
  private final ObjectMapper json;
  private final TransactionSynchronizationRegistry transactions;
  private final OutboxRelay relay;

  Outbox(EntityManager em, ObjectMapper json, TransactionSynchronizationRegistry transactions,
      OutboxRelay relay) {
    this.em = em;
    this.json = json;
    this.transactions = transactions;
    this.relay = relay;
  }

  /** Adds an event to the current transaction; returns its CloudEvents id. */
  @Transactional(Transactional.TxType.MANDATORY)
  public UUID add(OutboxEvent event) {
    UUID id = UUID.randomUUID();
    String data;
    try {
      data = json.writeValueAsString(event.data());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Event data of " + event.type() + " is not JSON", e);
    }
    em.createNativeQuery("""
            insert into outbox_event (id, topic, record_key, type, subject, occurred_at, data)
            values (?1, ?2, ?3, ?4, ?5, ?6, cast(?7 as jsonb))""")
        .setParameter(1, id)
        .setParameter(2, event.topic())
        .setParameter(3, event.key())
        .setParameter(4, event.type())
        .setParameter(5, event.subject())
        .setParameter(6, Instant.now().truncatedTo(ChronoUnit.MICROS))
        .setParameter(7, data)
        .executeUpdate();
    wakeRelayAfterCommit();
    return id;
  }

  private void wakeRelayAfterCommit() {
    if (transactions.getResource(WAKE_REGISTERED) != null) {
      return;
    }
    transactions.putResource(WAKE_REGISTERED, Boolean.TRUE);
    transactions.registerInterposedSynchronization(new Synchronization() {
      @Override
      public void beforeCompletion() {}

      @Override
      public void afterCompletion(int status) {
        if (status == Status.STATUS_COMMITTED) {
          relay.wake();
        }
      }
    });
  }
}
