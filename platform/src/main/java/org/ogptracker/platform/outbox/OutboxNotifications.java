package org.ogptracker.platform.outbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Wakes the relay when any instance of the service commits an event: {@link Outbox} sends a
 * {@code NOTIFY} on {@value #CHANNEL} in the writing transaction, PostgreSQL delivers it at
 * commit, and every instance listens on one connection of its own. Without it, an instance whose
 * relay lost the race for the publishing lock would see another instance's events only at its
 * next poll. While the connection is down the relay polls, and it looks again on every
 * (re)subscription, since notifications sent meanwhile are gone.
 */
@ApplicationScoped
public class OutboxNotifications {
  /** The channel, per database (a service's instances share it, other services do not). */
  public static final String CHANNEL = "ogp_outbox";
  private static final Logger LOG = Logger.getLogger(OutboxNotifications.class);
  private static final long RETRY_MILLIS = 1_000;

  private final Vertx vertx;
  private final OutboxRelay relay;
  private final OutboxConfig config;
  private final String url;
  private final String user;
  private final Optional<String> password;
  private volatile PgSubscriber subscriber;
  private volatile boolean stopped;

  OutboxNotifications(Vertx vertx, OutboxRelay relay, OutboxConfig config,
      @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
      @ConfigProperty(name = "quarkus.datasource.username") String user,
      @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
    this.vertx = vertx;
    this.relay = relay;
    this.config = config;
    this.url = url;
    this.user = user;
    this.password = password;
  }

  void onStart(@Observes StartupEvent event) {
    if (!config.enabled()) {
      return;
    }
    PgConnectOptions options = PgConnectOptions.fromUri(url.replaceFirst("^vertx-reactive:", ""))
        .setUser(user).setPassword(password.orElse(""));
    subscriber = PgSubscriber.subscriber(vertx, options)
        .reconnectPolicy(attempts -> RETRY_MILLIS);
    subscriber.channel(CHANNEL)
        .subscribeHandler(v -> relay.wake())
        .handler(payload -> relay.wake());
    connect();
  }

  void onStop(@Observes ShutdownEvent event) {
    stopped = true;
    if (subscriber != null) {
      subscriber.close();
    }
  }

  /** The first connection; once it stands, the subscriber's own policy reconnects it. */
  private void connect() {
    subscriber.connect().onFailure(e -> {
      if (stopped) {
        return;
      }
      LOG.warnf("Outbox notifications: cannot listen (%s); relay polls, retrying in %d ms",
          e.getMessage(), RETRY_MILLIS);
      vertx.setTimer(RETRY_MILLIS, t -> connect());
    });
  }
}
