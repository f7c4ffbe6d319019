package org.ogptracker.platform.retention;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.IntUnaryOperator;
import org.jboss.logging.Logger;
import org.ogptracker.platform.http.IdempotentPosts;
import org.ogptracker.platform.inbox.Inbox;

/**
 * Forgets what has served its time, every {@code ogp.retention.every} (1 h) on every instance:
 * idempotency keys past their TTL and inbox rows no redelivery can reach. It deletes in batches,
 * each in a transaction of its own, so no statement runs long or holds many rows; instances that
 * run at once only share the work. (Published outbox rows are the relay's to delete.)
 */
@ApplicationScoped
public class Retention {
  private static final Logger LOG = Logger.getLogger(Retention.class);
  static final int BATCH = 5_000;

  private final IdempotentPosts idempotentPosts;
  private final Inbox inbox;

  Retention(IdempotentPosts idempotentPosts, Inbox inbox) {
    this.idempotentPosts = idempotentPosts;
    this.inbox = inbox;
  }

  /** What one round deleted. */
  public record Forgotten(long idempotencyKeys, long inboxRows) {}

  @Scheduled(every = "${ogp.retention.every}", delayed = "1m",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    Forgotten f = forgetExpired();
    if (f.idempotencyKeys() + f.inboxRows() > 0) {
      LOG.infof("Retention: %d idempotency keys and %d inbox rows deleted", f.idempotencyKeys(),
          f.inboxRows());
    }
  }

  public Forgotten forgetExpired() {
    return new Forgotten(inBatches(idempotentPosts::forgetExpired), inBatches(inbox::forgetOld));
  }

  /**
   * Deletes in batches of {@link #BATCH}, each a transaction of the operator's own, until one
   * deletes fewer; how many in all. {@code deleteUpTo} deletes at most its argument's rows.
   */
  public static long inBatches(IntUnaryOperator deleteUpTo) {
    long total = 0;
    int deleted;
    do {
      deleted = deleteUpTo.applyAsInt(BATCH);
      total += deleted;
    } while (deleted == BATCH);
    return total;
  }
}
