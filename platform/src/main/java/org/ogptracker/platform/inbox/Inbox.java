package org.ogptracker.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Remembers which events a consumer has applied, in the same transaction as their effect, so a
 * redelivered event (consumer restart, offsets reset) changes nothing.
 */
@ApplicationScoped
public class Inbox {
  private final EntityManager em;
  private final InboxConfig config;

  Inbox(EntityManager em, InboxConfig config) {
    this.em = em;
    this.config = config;
  }

  /**
   * Deletes up to {@code limit} rows older than {@code ogp.inbox.retention} (60 days, twice the
   * topics' retention: no redelivery, dead letter or reset offset can bring their events back);
   * how many it deleted.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int forgetOld(int limit) {
    return em.createNativeQuery("""
            delete from inbox_event where ctid = any(array(
              select ctid from inbox_event where received_at < ?1 limit ?2))""")
        .setParameter(1, java.time.Instant.now().minus(config.retention()))
        .setParameter(2, limit).executeUpdate();
  }

  /**
   * Records that {@code consumer} is applying event {@code eventId}; true the first time, false
   * for a redelivery, whose effect the caller must then skip.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean firstDelivery(String consumer, String eventId) {
    return em.createNativeQuery("""
            insert into inbox_event (consumer, event_id) values (?1, ?2)
            on conflict do nothing""")
        .setParameter(1, consumer).setParameter(2, eventId).executeUpdate() == 1;
  }

  /**
   * {@link #firstDelivery} for many events in one statement: the ids of {@code eventIds} seen for
   * the first time (an id twice in the list counts once).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  @SuppressWarnings("unchecked")
  public java.util.Set<String> firstDeliveries(String consumer, java.util.List<String> eventIds) {
    if (eventIds.isEmpty()) {
      return java.util.Set.of();
    }
    return new java.util.HashSet<>(em.createNativeQuery("""
            insert into inbox_event (consumer, event_id)
            select ?1, e from unnest(cast(?2 as text[])) as e
            on conflict do nothing
            returning event_id""")
        .setParameter(1, consumer).setParameter(2, eventIds.toArray(String[]::new))
        .getResultList());
  }
}
