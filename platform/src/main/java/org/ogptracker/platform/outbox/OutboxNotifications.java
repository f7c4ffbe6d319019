package org.ogptracker.platform.outbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.core.net.PemTrustOptions;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.SslMode;
import io.vertx.pgclient.pubsub.PgSubscriber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
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
  private final Optional<String> sslMode;
  private final Optional<List<String>> trustedCerts;
  private final Optional<String> hostnameVerification;
  private volatile PgSubscriber subscriber;
  private volatile boolean stopped;

  OutboxNotifications(Vertx vertx, OutboxRelay relay, OutboxConfig config,
      @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
      @ConfigProperty(name = "quarkus.datasource.username") String user,
      @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password,
      @ConfigProperty(name = "quarkus.datasource.reactive.postgresql.ssl-mode")
          Optional<String> sslMode,
      @ConfigProperty(name = "quarkus.datasource.reactive.trust-certificate-pem.certs")
          Optional<List<String>> trustedCerts,
      @ConfigProperty(name = "quarkus.datasource.reactive.hostname-verification-algorithm")
          Optional<String> hostnameVerification) {
    this.vertx = vertx;
    this.relay = relay;
    this.config = config;
    this.url = url;
    this.user = user;
    this.password = password;
    this.sslMode = sslMode;
    this.trustedCerts = trustedCerts;
    this.hostnameVerification = hostnameVerification;
  }

  void onStart(@Observes StartupEvent event) {
    if (!config.enabled()) {
      return;
    }
    subscriber = PgSubscriber.subscriber(vertx, options())
        .reconnectPolicy(attempts -> RETRY_MILLIS);
    subscriber.channel(CHANNEL)
        .subscribeHandler(v -> relay.wake())
        .handler(payload -> relay.wake());
    connect();
  }

  /**
   * The LISTEN connection's options: the reactive pool's URL, credentials and TLS settings (the
   * pool's own connections take them from Quarkus; this one is made here, so it takes them too).
   */
  PgConnectOptions options() {
    PgConnectOptions options = PgConnectOptions.fromUri(url.replaceFirst("^vertx-reactive:", ""))
        .setUser(user).setPassword(password.orElse(""));
    sslMode.ifPresent(m -> options.setSslMode(SslMode.of(m.replace('_', '-')
        .toLowerCase(java.util.Locale.ROOT))));
    trustedCerts.ifPresent(certs -> {
      PemTrustOptions trust = new PemTrustOptions();
      certs.forEach(trust::addCertPath);
      options.setPemTrustOptions(trust);
    });
    hostnameVerification.filter(a -> !a.equalsIgnoreCase("NONE"))
        .ifPresent(options::setHostnameVerificationAlgorithm);
    return options;
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
