package org.ogptracker.commitments.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogptracker.platform.testing.ServiceShape;

class DomainShapeTest {
  @Test
  void the_domain_knows_no_http_kafka_or_json() {
    assertEquals(List.of(), ServiceShape.domainImportsOutOfPlace("commitments"));
  }
}
