package org.ogptracker.platform.inbox;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubscriptionTest {
  private static final Subscription COUNTRIES = new Subscription("commitments.countries",
      "/countries-service", List.of("ogp.country.", "ogp.eligibility."));

  static ConsumedEvent event(String source, String type) {
    return new ConsumedEvent("id-1", type, source, "ALB", "ALB", Instant.EPOCH,
        JsonNodeFactory.instance.objectNode());
  }

  @Test
  void the_topics_owner_is_trusted_with_its_own_types() {
    assertDoesNotThrow(() -> COUNTRIES.requireOwner(event("/countries-service",
        "ogp.country.status-changed.v1")));
    assertDoesNotThrow(() -> COUNTRIES.requireOwner(event("/countries-service",
        "ogp.eligibility.assessed.v1")));
  }

  @Test
  void another_source_or_another_services_type_is_poison() {
    var spoofed = assertThrows(PoisonEventException.class, () -> COUNTRIES.requireOwner(
        event("/reports-service", "ogp.country.status-changed.v1")));
    assertTrue(spoofed.getMessage().contains("comes from /reports-service"), spoofed.getMessage());
    assertThrows(PoisonEventException.class, () -> COUNTRIES.requireOwner(
        event("/countries-service", "ogp.milestone.progress-reported.v1")));
    assertThrows(PoisonEventException.class, () -> COUNTRIES.requireOwner(
        event("/countries-service-evil", "ogp.country.registered.v1")));
  }
}
