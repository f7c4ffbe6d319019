package org.ogptracker.notifications.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.ogptracker.notifications.api.ChangeEventView;

/**
 * Sends the due deliveries: one thread claims them (every {@code ogp.webhooks.poll}, as many as
 * there are free places among {@code in-flight}), and each is sent on its own, so a receiver
 * that hangs holds only its own places (at most {@code in-flight-per-subscription}) until its
 * timeout, never the others'. Every instance of the service sends; their claims never overlap.
 */
@ApplicationScoped
public class DeliveryWorker {
  private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);

  private final Deliveries deliveries;
  private final Receivers receivers;
  private final WebhookConfig config;
  private final ObjectMapper json;
  private final Semaphore places;
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

  private void sendDue() {
    try {
      int free = places.availablePermits();
      for (Deliveries.Claimed d : deliveries.claim(free)) {
        places.acquireUninterruptibly();
        send(d);
      }
    } catch (RuntimeException e) {
      LOG.warnf("webhooks: cannot claim deliveries now (%s); trying again", e.toString());
    }
  }

  private void send(Deliveries.Claimed d) {
    if (d.change() == null) {
      finish(() -> deliveries.failed(d, null, "the change is no longer kept"));
      return;
    }
    String body;
    try {
      body = json.writeValueAsString(ChangeEventView.of(d.change()));
    } catch (JsonProcessingException e) {
      finish(() -> deliveries.failed(d, null, e.toString()));
      return;
    }
    receivers.send(d.subscription().url(), d.subscription().signingSecrets(Instant.now()),
            d.id(), body)
        .thenAccept(a -> finish(() -> {
          if (a.ok()) {
            deliveries.delivered(d, a.status());
          } else {
            deliveries.failed(d, a.status(), a.why());
          }
        }));
  }

  /** Records an attempt's outcome and frees its place, whatever happens. */
  private void finish(Runnable record) {
    try {
      record.run();
    } catch (RuntimeException e) {
      // The lease runs out and the delivery is sent again: at least once, never lost.
      LOG.warnf("webhooks: an attempt's outcome could not be recorded (%s)", e.toString());
    } finally {
      places.release();
    }
  }
}
