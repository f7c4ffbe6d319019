package org.ogptracker.notifications.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;
import org.ogptracker.notifications.api.ChangeEventView;

/**
 * Sends the due deliveries: one thread claims them (every {@code ogp.webhooks.poll}, and again as
 * soon as a sent one frees its place; as many as there are free places among
 * {@code in-flight}), and each is sent on its own, so a receiver
 * that hangs holds only its own places (at most {@code in-flight-per-subscription}) until its
 * timeout, never the others'. Every instance of the service sends; their claims never overlap.
 */
@ApplicationScoped
public class DeliveryWorker {
  private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);

  /** What one attempt came to. */
  private record Outcome(Deliveries.Claimed delivery, Receivers.Answer answer) {}

  private final Deliveries deliveries;
  private final Receivers receivers;
  private final WebhookConfig config;
  private final ObjectMapper json;
  private final Semaphore places;
  private final AtomicBoolean claimQueued = new AtomicBoolean();
  private final Queue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
  private ScheduledExecutorService claimer;

  DeliveryWorker(Deliveries deliveries, Receivers receivers, WebhookConfig config,
      ObjectMapper json) {
    this.deliveries = deliveries;
    this.receivers = receivers;
    this.config = config;
    this.json = json;
    this.places = new Semaphore(config.inFlight());
  }

  void start(@Observes StartupEvent event) {
    claimer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "webhook-claims");
      t.setDaemon(true);
      return t;
    });
    long every = config.poll().toMillis();
    claimer.scheduleWithFixedDelay(this::sendDue, every, every, TimeUnit.MILLISECONDS);
  }

  void stop(@Observes ShutdownEvent event) {
    if (claimer != null) {
      claimer.shutdownNow();
    }
  }

  /**
   * Records what the attempts since the last time came to and claims more (one transaction;
   * failures each in one of their own), then sends what it claimed. A plan's next delivery is
   * claimed once its earlier one is recorded.
   */
  private void sendDue() {
    List<Outcome> came = new ArrayList<>();
    for (Outcome o; (o = outcomes.poll()) != null; ) {
      came.add(o);
    }
    try {
      came.stream().filter(o -> !o.answer().ok()).forEach(o -> record(() -> deliveries.failed(
          o.delivery(), o.answer().status(), o.answer().why())));
      List<Deliveries.Sent> delivered = came.stream().filter(o -> o.answer().ok())
          .map(o -> new Deliveries.Sent(o.delivery(), o.answer().status())).toList();
      List<Deliveries.Claimed> claimed;
      try {
        claimed = deliveries.claim(delivered, places.availablePermits() + came.size());
      } finally {
        places.release(came.size());
      }
      for (Deliveries.Claimed d : claimed) {
        places.acquireUninterruptibly();
        send(d);
      }
    } catch (RuntimeException e) {
      // What was taken is not recorded: its lease runs out and it is sent again (at least
      // once, never lost).
      LOG.warnf("webhooks: cannot record or claim deliveries now (%s); trying again",
          e.toString());
    }
  }

  private void send(Deliveries.Claimed d) {
    if (d.change() == null) {
      done(d, new Receivers.Answer(null, null, "the change is no longer kept"));
      return;
    }
    String body;
    try {
      body = json.writeValueAsString(ChangeEventView.of(d.change()));
    } catch (JsonProcessingException e) {
      done(d, new Receivers.Answer(null, null, e.toString()));
      return;
    }
    receivers.send(d.subscription().url(), d.subscription().signingSecrets(Instant.now()),
        d.id(), body).thenAccept(a -> done(d, a));
  }

  /** An attempt's outcome, recorded by the claimer before its next claim; claims again now. */
  private void done(Deliveries.Claimed d, Receivers.Answer answer) {
    outcomes.add(new Outcome(d, answer));
    wake();
  }

  private static void record(Runnable record) {
    try {
      record.run();
    } catch (RuntimeException e) {
      // The lease runs out and the delivery is sent again: at least once, never lost.
      LOG.warnf("webhooks: an attempt's outcome could not be recorded (%s)", e.toString());
    }
  }

  /**
   * Records and claims again now rather than at the next poll: a place is free, and a plan's
   * next change may be waiting for the one just sent (one claim queued at a time; the claimer
   * runs them in turn).
   */
  private void wake() {
    ScheduledExecutorService c = claimer;
    if (c != null && claimQueued.compareAndSet(false, true)) {
      try {
        c.execute(() -> {
          claimQueued.set(false);
          sendDue();
        });
      } catch (RejectedExecutionException stopping) {
        claimQueued.set(false);
      }
    }
  }
}
