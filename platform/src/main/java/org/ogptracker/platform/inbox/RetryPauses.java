package org.ogptracker.platform.inbox;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The waits between a consumer's attempts: doubling from {@code ogp.inbox.first-backoff} up to
 * {@code ogp.inbox.max-backoff}, and cut short when the application stops, so that a consumer
 * waiting out an outage lets the shutdown through (its record stays uncommitted and comes again).
 */
@ApplicationScoped
public class RetryPauses {
  private final InboxConfig config;
  private final CountDownLatch stopping = new CountDownLatch(1);

  RetryPauses(InboxConfig config) {
    this.config = config;
  }

  /** The wait before attempt {@code failures + 1}, after {@code failures} failures in a row. */
  public long millisAfter(int failures) {
    long first = config.firstBackoff().toMillis();
    return Math.min(config.maxBackoff().toMillis(), first << Math.min(Math.max(failures - 1, 0), 20));
  }

  /**
   * Waits before the next attempt.
   *
   * @throws ConsumerStopping when the application stops meanwhile
   */
  public void pause(int failures) {
    try {
      if (stopping.await(millisAfter(failures), TimeUnit.MILLISECONDS)) {
        throw new ConsumerStopping();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConsumerStopping();
    }
  }

  public boolean stopping() {
    return stopping.getCount() == 0;
  }

  void onStop(@Observes ShutdownEvent event) {
    stopping.countDown();
  }

  /** The application stops while a record waits: it is left uncommitted, for the next start. */
  public static final class ConsumerStopping extends RuntimeException {
    ConsumerStopping() {
      super("the application is stopping; the record stays uncommitted");
    }
  }
}
