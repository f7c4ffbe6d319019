package org.ogptracker.platform.testing;

import org.eclipse.microprofile.config.ConfigProvider;

/** The name a topic has in tests: the configured test prefix and the topic's own name. */
public final class TestTopics {
  private TestTopics() {}

  public static String of(String topic) {
    return ConfigProvider.getConfig().getOptionalValue("ogp.outbox.topic-prefix", String.class)
        .orElse("") + topic;
  }
}
