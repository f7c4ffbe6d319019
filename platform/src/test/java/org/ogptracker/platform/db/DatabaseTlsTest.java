package org.ogptracker.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseTlsTest {

  @Test
  void verify_full_sets_every_client_to_check_the_server_and_its_name() {
    assertEquals(Map.of(
            "quarkus.datasource.jdbc.additional-jdbc-properties.sslmode", "verify-full",
            "quarkus.datasource.jdbc.additional-jdbc-properties.sslrootcert", "/etc/ogp/db-ca/ca.crt",
            "quarkus.datasource.reactive.postgresql.ssl-mode", "verify-full",
            "quarkus.datasource.reactive.trust-certificate-pem.enabled", "true",
            "quarkus.datasource.reactive.trust-certificate-pem.certs", "/etc/ogp/db-ca/ca.crt",
            "quarkus.datasource.reactive.hostname-verification-algorithm", "HTTPS"),
        DatabaseTls.properties("VERIFY-FULL", "/etc/ogp/db-ca/ca.crt"));
  }

  @Test
  void unset_leaves_each_client_its_default_and_require_encrypts_without_a_ca() {
    assertEquals(Map.of(), DatabaseTls.properties(null, null));
    assertEquals(Map.of(), DatabaseTls.properties(" ", "/x.crt"));
    assertEquals(Map.of("quarkus.datasource.jdbc.additional-jdbc-properties.sslmode", "require",
            "quarkus.datasource.reactive.postgresql.ssl-mode", "require"),
        DatabaseTls.properties("require", null));
  }

  @Test
  void a_verifying_mode_without_its_ca_or_an_unknown_mode_stops_the_start() {
    assertThrows(IllegalArgumentException.class, () -> DatabaseTls.properties("verify-ca", ""));
    assertThrows(IllegalArgumentException.class, () -> DatabaseTls.properties("sure", null));
  }
}
