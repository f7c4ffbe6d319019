package org.ogptracker.platform.kafka;

import java.util.Map;
import java.util.TreeMap;
import org.ogptracker.platform.config.DerivedSettings;

/**
 * Kafka over TLS, with a client certificate, from three settings: {@code OGP_KAFKA_CA_CERT} (the
 * brokers' CA, a PEM file: Strimzi's cluster CA), {@code OGP_KAFKA_KEYSTORE} (the service's own
 * certificate and key, PKCS12: the Secret of its Strimzi KafkaUser) and
 * {@code OGP_KAFKA_KEYSTORE_PASSWORD}. They become the {@code kafka.*} settings every client of
 * the service takes: the consumers', the outbox relay's and the dead letters' producers
 * ({@link KafkaConnection}). Unset, Kafka is spoken in plain text (the local stack, on loopback).
 */
public class KafkaTls extends DerivedSettings {
  public KafkaTls() {
    this(setting("ogp.kafka.ca-cert", "OGP_KAFKA_CA_CERT"),
        setting("ogp.kafka.keystore", "OGP_KAFKA_KEYSTORE"),
        setting("ogp.kafka.keystore-password", "OGP_KAFKA_KEYSTORE_PASSWORD"));
  }

  KafkaTls(String caCert, String keystore, String keystorePassword) {
    super("ogp-kafka-tls", properties(caCert, keystore, keystorePassword));
  }

  /** The Kafka client settings the three stand for; none without a CA. */
  static Map<String, String> properties(String caCert, String keystore, String password) {
    Map<String, String> p = new TreeMap<>();
    if (!given(caCert)) {
      if (given(keystore)) {
        throw new IllegalArgumentException("OGP_KAFKA_KEYSTORE is a client certificate for TLS:"
            + " OGP_KAFKA_CA_CERT must name the brokers' CA (a PEM file)");
      }
      return p;
    }
    p.put("kafka.security.protocol", "SSL");
    p.put("kafka.ssl.truststore.type", "PEM");
    p.put("kafka.ssl.truststore.location", caCert);
    // The brokers' names are checked against their certificates (Kafka's default, said here).
    p.put("kafka.ssl.endpoint.identification.algorithm", "https");
    if (given(keystore)) {
      if (!given(password)) {
        throw new IllegalArgumentException(
            "OGP_KAFKA_KEYSTORE needs OGP_KAFKA_KEYSTORE_PASSWORD (the KafkaUser Secret's user.password)");
      }
      p.put("kafka.ssl.keystore.type", "PKCS12");
      p.put("kafka.ssl.keystore.location", keystore);
      p.put("kafka.ssl.keystore.password", password);
    }
    return p;
  }
}
