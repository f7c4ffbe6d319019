package org.ogptracker.commitments.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogptracker.platform.testing.EventContract;

/** What this consumer reads of ogp.countries.v1 is what docs/asyncapi.yaml promises. */
@QuarkusTest
class CountryEventsConsumerTest {
  @Inject
  CountryEventsConsumer consumer;

  @Test
  void reads_each_event_as_the_contract_declares_it() {
    assertEquals(List.of(), EventContract.load().unreadable("ogp.countries.v1", consumer.routes().reads()));
  }
}
