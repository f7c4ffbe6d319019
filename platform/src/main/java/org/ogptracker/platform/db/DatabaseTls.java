package org.ogptracker.platform.db;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ogptracker.platform.config.DerivedSettings;

/**
 * PostgreSQL over TLS on every connection of a service from two settings, so that none of them
 * is left behind: {@code OGP_DB_SSL_MODE} (disable, require, verify-ca or verify-full) and
 * {@code OGP_DB_SSL_ROOT_CERT} (the server's CA, a PEM file). They become the settings of the
 * JDBC pool (Hibernate, Flyway), of the reactive pool (the hot reads), and through the reactive
 * pool's settings, of the outbox's LISTEN connection ({@code OutboxNotifications}). verify-full
 * also checks the server's name. Unset, each client keeps its own default (the local stack).
 */
public class DatabaseTls extends DerivedSettings {
  static final Set<String> MODES = Set.of("disable", "require", "verify-ca", "verify-full");

  public DatabaseTls() {
    this(setting("ogp.db.ssl-mode", "OGP_DB_SSL_MODE"),
        setting("ogp.db.ssl-root-cert", "OGP_DB_SSL_ROOT_CERT"));
  }

  DatabaseTls(String mode, String rootCert) {
    super("ogp-database-tls", properties(mode, rootCert));
  }

  /** The Quarkus settings a mode and a CA file stand for; none without a mode. */
  static Map<String, String> properties(String mode, String rootCert) {
    Map<String, String> p = new TreeMap<>();
    if (!given(mode)) {
      return p;
    }
    String m = mode.trim().toLowerCase(Locale.ROOT);
    if (!MODES.contains(m)) {
      throw new IllegalArgumentException("OGP_DB_SSL_MODE is " + mode + "; one of " + MODES);
    }
    if (m.startsWith("verify") && !given(rootCert)) {
      throw new IllegalArgumentException("OGP_DB_SSL_MODE " + m
          + " verifies the server: OGP_DB_SSL_ROOT_CERT must name its CA (a PEM file)");
    }
    p.put("quarkus.datasource.jdbc.additional-jdbc-properties.sslmode", m);
    p.put("quarkus.datasource.reactive.postgresql.ssl-mode", m);
    if (given(rootCert)) {
      p.put("quarkus.datasource.jdbc.additional-jdbc-properties.sslrootcert", rootCert);
      p.put("quarkus.datasource.reactive.trust-certificate-pem.enabled", "true");
      p.put("quarkus.datasource.reactive.trust-certificate-pem.certs", rootCert);
    }
    if (m.equals("verify-full")) {
      p.put("quarkus.datasource.reactive.hostname-verification-algorithm", "HTTPS");
    }
    return p;
  }
}
