package org.ogptracker.notifications.feed;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import org.jboss.logging.Logger;
import org.ogptracker.platform.retention.Retention;

/**
 * Deletes what the feed no longer keeps ({@code ogp.changes.retention}, at least 90 days), every
 * {@code ogp.retention.every} (1 h) as the platform's other retention, with the webhook
 * deliveries of those changes that were delivered (failed ones stay listed; a redelivery of one
 * is then 410). Always a prefix of the
 * feed, in batches of a transaction each, and each batch moves the horizon in its transaction:
 * a reader behind the horizon is told its cursor expired (410), never handed a feed with a gap.
 */
@ApplicationScoped
public class ChangeRetention {
  private static final Logger LOG = Logger.getLogger(ChangeRetention.class);

  private final EntityManager em;
  private final ChangeFeedConfig config;

  ChangeRetention(EntityManager em, ChangeFeedConfig config) {
    this.em = em;
    this.config = config;
  }

  @Scheduled(every = "${ogp.retention.every}", delayed = "1m",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    long deleted = forgetBefore(Instant.now().minus(config.retention()));
    if (deleted > 0) {
      LOG.infof("Change feed retention: %d changes older than %s deleted", deleted,
          config.retention());
    }
  }

  /** Deletes every change recorded before {@code cutoff} and those before them; how many. */
  public long forgetBefore(Instant cutoff) {
    return Retention.inBatches(limit -> forgetBatch(cutoff, limit));
  }

  private int forgetBatch(Instant cutoff, int limit) {
    return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
            with last_old as (
              select max(position) as position from change where recorded_at < ?1),
            gone as (
              delete from change where position in (
                select position from change
                where position <= (select position from last_old)
                order by position limit ?2)
              returning position),
            delivered as (
              delete from delivery where state = 'delivered'
                and position in (select position from gone)),
            horizon as (
              update change_horizon
              set forgotten_through = greatest(forgotten_through,
                                               (select max(position) from gone))
              where exists (select 1 from gone))
            select count(*) from gone""")
        .setParameter(1, Timestamp.from(cutoff))
        .setParameter(2, limit)
        .getSingleResult()).intValue());
  }
}
