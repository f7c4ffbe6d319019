package org.ogptracker.platform.outbox;

import com.fasterxml.jackson.annotation.JsonInclude;
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
import java.util.List;
import java.util.UUID;

/**
 * Writes events into the outbox table in the caller's transaction, so an event exists exactly
 * when the change it describes was committed. {@link OutboxRelay} publishes them.
 */
@ApplicationScoped
public class Outbox {
  private static final String WAKE_REGISTERED = Outbox.class.getName() + ".wake";
  /**
   * Each insert also notifies every instance's relay, in the same round trip: PostgreSQL
   * delivers the notification at commit, once per transaction ({@link OutboxNotifications}).
   */
  private static final String NOTIFYING = "with inserted as (%s) select 1 from pg_notify('"
      + OutboxNotifications.CHANNEL + "', '')";
  private static final String INSERT_ONE = NOTIFYING.formatted("""
            insert into outbox_event (id, topic, record_key, type, subject, occurred_at, data)
            values (?1, ?2, ?3, ?4, ?5, ?6, cast(?7 as jsonb))""");
  /** Many events from parallel arrays, in their order. */
  private static final String INSERT_MANY = NOTIFYING.formatted("""
            insert into outbox_event (id, topic, record_key, type, subject, occurred_at, data)
            select cast(e.id as uuid), e.topic, e.record_key, e.type, e.subject, ?7, cast(e.data as jsonb)
            from unnest(cast(?1 as text[]), cast(?2 as text[]), cast(?3 as text[]),
                        cast(?4 as text[]), cast(?5 as text[]), cast(?6 as text[]))
                 with ordinality as e(id, topic, record_key, type, subject, data, n)
            order by e.n""");

  private final EntityManager em;
  private final ObjectMapper json;
  private final TransactionSynchronizationRegistry transactions;
  private final OutboxRelay relay;

  Outbox(EntityManager em, ObjectMapper json, TransactionSynchronizationRegistry transactions,
      OutboxRelay relay) {
    this.em = em;
    // Every field of an event, null ones too: the AsyncAPI contract's shape, whatever the API's
    // answers leave out (they omit nulls).
    this.json = json.copy().setSerializationInclusion(JsonInclude.Include.ALWAYS);
    this.transactions = transactions;
    this.relay = relay;
  }

  /** Adds an event to the current transaction; returns its CloudEvents id. */
  @Transactional(Transactional.TxType.MANDATORY)
  public UUID add(OutboxEvent event) {
    UUID id = UUID.randomUUID();
    em.createNativeQuery(INSERT_ONE)
        .setParameter(1, id)
        .setParameter(2, event.topic())
        .setParameter(3, event.key())
        .setParameter(4, event.type())
        .setParameter(5, event.subject())
        .setParameter(6, now())
        .setParameter(7, json(event))
        .getSingleResult();
    wakeRelayAfterCommit();
    return id;
  }

  /**
   * Adds many events to the current transaction in one statement (bulk imports), in list order:
   * they are published in that order, as if added one by one.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void addAll(List<OutboxEvent> events) {
    if (events.isEmpty()) {
      return;
    }
    int n = events.size();
    String[] ids = new String[n];
    String[] topics = new String[n];
    String[] keys = new String[n];
    String[] types = new String[n];
    String[] subjects = new String[n];
    String[] data = new String[n];
    for (int i = 0; i < n; i++) {
      OutboxEvent e = events.get(i);
      ids[i] = UUID.randomUUID().toString();
      topics[i] = e.topic();
      keys[i] = e.key();
      types[i] = e.type();
      subjects[i] = e.subject();
      data[i] = json(e);
    }
    em.createNativeQuery(INSERT_MANY)
        .setParameter(1, ids)
        .setParameter(2, topics)
        .setParameter(3, keys)
        .setParameter(4, types)
        .setParameter(5, subjects)
        .setParameter(6, data)
        .setParameter(7, now())
        .getSingleResult();
    wakeRelayAfterCommit();
  }

  private String json(OutboxEvent event) {
    try {
      return json.writeValueAsString(event.data());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Event data of " + event.type() + " is not JSON", e);
    }
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
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
