package org.ogptracker.notifications.feed;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Tells the streams when the feed has grown. One thread looks at the feed's head every
 * {@value #POLL_MILLIS} ms, and only while a stream waits: one cheap query for every stream of
 * the instance, whichever instance of the service wrote the change.
 */
@ApplicationScoped
public class FeedHead {
  static final long POLL_MILLIS = 200;
  private static final Logger LOG = Logger.getLogger(FeedHead.class);

  private record Waiter(long after, CompletableFuture<Boolean> grown) {}

  private final ChangeFeed feed;
  private final Queue<Waiter> waiters = new ConcurrentLinkedQueue<>();
  private ScheduledExecutorService poller;
  private volatile long head;

  FeedHead(ChangeFeed feed) {
    this.feed = feed;
  }

  @PostConstruct
  void start() {
    poller = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "change-feed-head");
      t.setDaemon(true);
      return t;
    });
    poller.scheduleWithFixedDelay(this::look, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    poller.shutdownNow();
    waiters.forEach(w -> w.grown().complete(false));
  }

  /**
   * Completes with true once the feed holds a position beyond {@code after}, or with false after
   * {@code atMost} without one.
   */
  public CompletionStage<Boolean> beyond(long after, Duration atMost) {
    if (head > after) {
      return CompletableFuture.completedFuture(true);
    }
    Waiter w = new Waiter(after, new CompletableFuture<>());
    waiters.add(w);
    return w.grown().completeOnTimeout(false, atMost.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void look() {
    waiters.removeIf(w -> w.grown().isDone());
    if (waiters.isEmpty()) {
      return;
    }
    try {
      head = feed.head();
    } catch (RuntimeException e) {
      LOG.debugf("change feed head unknown for now: %s", e.toString());
      return;
    }
    waiters.removeIf(w -> head > w.after() && w.grown().complete(true) || w.grown().isDone());
  }
}
