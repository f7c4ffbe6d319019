package org.ogptracker.platform.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KafkaTlsTest {

  @Test
  void a_ca_and_a_keystore_make_every_client_speak_tls_with_the_services_certificate() {
    Map<String, String> p = KafkaTls.properties("/etc/ogp/kafka-ca/ca.crt",
        "/etc/ogp/kafka-user/user.p12", "s3cret");
    assertEquals(Map.of(
        "kafka.security.protocol", "SSL",
        "kafka.ssl.truststore.type", "PEM",
        "kafka.ssl.truststore.location", "/etc/ogp/kafka-ca/ca.crt",
        "kafka.ssl.endpoint.identification.algorithm", "https",
        "kafka.ssl.keystore.type", "PKCS12",
        "kafka.ssl.keystore.location", "/etc/ogp/kafka-user/user.p12",
        "kafka.ssl.keystore.password", "s3cret"), p);
    // What platform's own producers (outbox relay, dead letters) take of the kafka.* settings.
    Map<String, Object> kafkaConfig = new HashMap<>();
    p.forEach((k, v) -> kafkaConfig.put(k.substring("kafka.".length()), v));
    kafkaConfig.put("bootstrap.servers", "ogp-kafka-bootstrap:9093");
    kafkaConfig.put("group.id", "countries-service");
    Map<String, Object> expected = new HashMap<>(kafkaConfig);
    expected.remove("group.id");
    assertEquals(expected, KafkaConnection.settings(kafkaConfig));
  }

  @Test
  void unset_is_plain_text_and_half_settings_stop_the_start() {
    assertEquals(Map.of(), KafkaTls.properties(null, null, null));
    assertEquals(Map.of(), KafkaTls.properties(" ", "", null));
    assertEquals(4, KafkaTls.properties("/ca.crt", null, null).size(), "server-verified TLS only");
    assertThrows(IllegalArgumentException.class,
        () -> KafkaTls.properties(null, "/user.p12", "s3cret"));
    assertThrows(IllegalArgumentException.class,
        () -> KafkaTls.properties("/ca.crt", "/user.p12", ""));
  }
}
