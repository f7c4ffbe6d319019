package org.ogptracker.platform.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventRoutesTest {
  record Miss(String memberCode, int cycle, LocalDate dueOn) {
    Miss {
      EventFields.memberCode(memberCode, "memberCode");
    }
  }

  static ConsumedEvent event(String type, String json) throws Exception {
    return new ConsumedEvent("id-1", type, "/reports-service", "x", "ALB", Instant.EPOCH,
        new ObjectMapper().readTree(json));
  }

  @Test
  void an_event_is_read_into_its_record_and_handed_to_its_route() throws Exception {
    List<Miss> got = new ArrayList<>();
    EventRoutes routes = new EventRoutes().on("ogp.process.deadline-missed.v1", Miss.class, got::add);
    assertTrue(routes.apply(event("ogp.process.deadline-missed.v1",
        "{\"memberCode\":\"ALB\",\"cycle\":2,\"dueOn\":\"2026-04-30\",\"newField\":1}")));
    assertEquals(List.of(new Miss("ALB", 2, LocalDate.of(2026, 4, 30))), got);
    assertFalse(routes.apply(event("ogp.report.published.v1", "{}")), "no route: not its concern");
    assertEquals(Map.of("ogp.process.deadline-missed.v1", Miss.class), routes.reads());
  }

  @Test
  void data_that_does_not_fit_its_record_is_poison() throws Exception {
    EventRoutes routes = new EventRoutes().on("t.v1", Miss.class, m -> { });
    for (String bad : List.of("{\"memberCode\":\"'; drop\",\"cycle\":1}",
        "{\"memberCode\":\"ALB\",\"cycle\":\"two\"}", "{\"memberCode\":\"ALB\",\"cycle\":null}",
        "{\"memberCode\":\"ALB\",\"dueOn\":\"30 April\"}", "{\"cycle\":1}")) {
      assertThrows(PoisonEventException.class, () -> routes.apply(event("t.v1", bad)), bad);
    }
  }

  @Test
  void a_type_has_one_route() {
    EventRoutes routes = new EventRoutes().on("t.v1", Miss.class, m -> { });
    assertThrows(IllegalArgumentException.class, () -> routes.on("t.v1", Miss.class, m -> { }));
  }
}
