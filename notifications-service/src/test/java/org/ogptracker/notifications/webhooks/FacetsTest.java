package org.ogptracker.notifications.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogptracker.platform.testing.EventContract;

/** The codes a subscription filters on are the events' own (docs/asyncapi.yaml). */
class FacetsTest {
  @Test
  void grand_challenges_and_ogp_values_are_the_contracts() throws Exception {
    JsonNode data = new ObjectMapper(new YAMLFactory()).readTree(EventContract.DOCUMENT.toFile())
        .at("/components/schemas/CommitmentData/properties");
    assertEquals(codes(data.at("/grandChallenges/items/enum")), Facets.GRAND_CHALLENGES);
    assertEquals(codes(data.at("/ogpValues/items/enum")), Facets.OGP_VALUES);
  }

  @Test
  void a_members_kind_is_told_by_its_code() {
    assertEquals("national", Facets.kindOf("ALB"));
    assertEquals("local", Facets.kindOf("ALBT"));
  }

  private static List<String> codes(JsonNode values) {
    List<String> codes = new ArrayList<>();
    values.forEach(v -> codes.add(v.asText()));
    return codes;
  }
}
