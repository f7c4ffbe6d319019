package org.ogptracker.notifications.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.ogptracker.platform.inbox.Subscription;
import org.ogptracker.platform.testing.EventContract;

/** The feed publishes every event type of the contract, each from its topic's owner. */
class PublicChangesTest {
  private static final Map<String, Subscription> BY_TOPIC = Map.of(
      "ogp.countries.v1", PublicChanges.COUNTRIES,
      "ogp.commitments.v1", PublicChanges.COMMITMENTS,
      "ogp.reports.v1", PublicChanges.REPORTS);

  @Test
  void every_type_of_docs_asyncapi_is_public_and_no_other() {
    Set<String> contract = new TreeSet<>();
    EventContract.load().typesByTopic().forEach((topic, types) -> {
      if (BY_TOPIC.containsKey(topic)) {
        contract.addAll(types);
      }
    });
    assertEquals(contract, new TreeSet<>(PublicChanges.TYPES));
  }

  @Test
  void each_topic_is_read_as_its_owner_publishes_it() {
    BY_TOPIC.forEach((topic, subscription) -> {
      assertEquals(EventContract.load().source(topic), subscription.ownerSource(), topic);
      for (String type : EventContract.load().types(topic)) {
        assertTrue(subscription.ownerTypes().stream().anyMatch(type::startsWith),
            type + " of " + topic + " is not among " + subscription.ownerTypes());
      }
    });
  }
}
