package org.ogptracker.platform.kafka;

import java.util.HashMap;
import java.util.Map;

/**
 * The connection settings (brokers, security) of the service's Kafka configuration, for the
 * clients platform makes itself (the outbox relay's and the dead letters' producers).
 */
public final class KafkaConnection {
  private KafkaConnection() {}

  /** Of {@code kafkaConfig} (the default-kafka-broker map), only what says where and how to connect. */
  public static Map<String, Object> settings(Map<String, Object> kafkaConfig) {
    Map<String, Object> p = new HashMap<>();
    kafkaConfig.forEach((k, v) -> {
      if (k.equals("bootstrap.servers") || k.startsWith("security.") || k.startsWith("sasl.")
          || k.startsWith("ssl.")) {
        p.put(k, v);
      }
    });
    return p;
  }
}
