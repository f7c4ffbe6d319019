package org.ogptracker.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.vertx.core.net.PemTrustOptions;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.SslMode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The LISTEN connection takes the reactive pool's TLS settings, not only its URL. */
class OutboxNotificationsTest {
  static PgConnectOptions options(Optional<String> mode, Optional<List<String>> certs,
      Optional<String> hostname) {
    return new OutboxNotifications(null, null, null,
        "vertx-reactive:postgresql://countries-db-rw:5432/ogp_countries", "countries",
        Optional.of("secret"), mode, certs, hostname).options();
  }

  @Test
  void verify_full_checks_the_server_against_the_ca_and_its_name() {
    PgConnectOptions o = options(Optional.of("verify-full"),
        Optional.of(List.of("/etc/ogp/db-ca/ca.crt")), Optional.of("HTTPS"));
    assertEquals("countries-db-rw", o.getHost());
    assertEquals("ogp_countries", o.getDatabase());
    assertEquals(SslMode.VERIFY_FULL, o.getSslMode());
    assertEquals(List.of("/etc/ogp/db-ca/ca.crt"),
        ((PemTrustOptions) o.getTrustOptions()).getCertPaths());
    assertEquals("HTTPS", o.getHostnameVerificationAlgorithm());
  }

  @Test
  void without_settings_it_connects_as_before() {
    PgConnectOptions o = options(Optional.empty(), Optional.empty(), Optional.of("NONE"));
    assertEquals(SslMode.DISABLE, o.getSslMode());
    assertNull(o.getTrustOptions());
    assertEquals(new PgConnectOptions().getHostnameVerificationAlgorithm(),
        o.getHostnameVerificationAlgorithm());
  }
}
