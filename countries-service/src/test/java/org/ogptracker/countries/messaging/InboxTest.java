package org.ogptracker.countries.messaging;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ogptracker.platform.inbox.Inbox;

@QuarkusTest
class InboxTest {
  @Inject
  Inbox inbox;

  @Test
  void an_event_is_applied_once_per_consumer() {
    String id = UUID.randomUUID().toString();
    assertTrue(QuarkusTransaction.requiringNew().call(() -> inbox.firstDelivery("a", id)));
    assertFalse(QuarkusTransaction.requiringNew().call(() -> inbox.firstDelivery("a", id)));
    assertTrue(QuarkusTransaction.requiringNew().call(() -> inbox.firstDelivery("b", id)));
  }

  @Test
  void a_rolled_back_effect_leaves_the_event_to_be_applied_again() {
    String id = UUID.randomUUID().toString();
    assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
      inbox.firstDelivery("a", id);
      throw new IllegalStateException("effect failed");
    }));
    assertTrue(QuarkusTransaction.requiringNew().call(() -> inbox.firstDelivery("a", id)));
  }

  @Test
  void recording_needs_the_effects_transaction() {
    assertThrows(Exception.class, () -> inbox.firstDelivery("a", UUID.randomUUID().toString()));
  }
}
