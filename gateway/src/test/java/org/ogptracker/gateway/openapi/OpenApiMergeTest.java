package org.ogptracker.gateway.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenApiMergeTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode doc(String json) throws Exception {
    return JSON.readTree(json.replace('\'', '"'));
  }

  private static ObjectNode merge(List<OpenApiMerge.ServiceDocument> docs) {
    return OpenApiMerge.merge(JSON.createObjectNode().put("title", "t").put("version", "1"),
        "http://gw", JSON.createObjectNode(), JSON.createObjectNode().put("name", "gateway"), docs);
  }

  @Test
  void same_schemas_are_shared_different_ones_renamed_with_their_references() throws Exception {
    JsonNode a = doc("{'paths':{'/api/v1/a':{'get':{'responses':{'200':{'content':{'application/json':"
        + "{'schema':{'$ref':'#/components/schemas/Page'}}}},'400':{'content':{"
        + "'application/problem+json':{'schema':{'$ref':'#/components/schemas/Problem'}}}},"
        + "'201':{'content':{'application/json':{'schema':{'$ref':'#/components/schemas/Outcome'}}}}"
        + "}}}},"
        + "'components':{'schemas':{'Problem':{'type':'object'},'Outcome':{'type':'string'},"
        + "'Report':{'type':'object','properties':{'created':{'type':'integer'}}},"
        + "'Page':{'type':'object','properties':{'items':{'$ref':'#/components/schemas/Report'}}}}}}");
    JsonNode b = doc("{'paths':{'/api/v1/b':{'get':{'responses':{'200':{'content':{'application/json':"
        + "{'schema':{'$ref':'#/components/schemas/Page'}}}}}}},"
        + "'/api/v1/imports/x':{'post':{'responses':{'200':{'content':{'application/json':"
        + "{'schema':{'$ref':'#/components/schemas/ImportResult'}}}}}}}},"
        + "'components':{'schemas':{'Problem':{'type':'object'},'ImportResult':{'type':'object',"
        + "'properties':{'outcome':{'$ref':'#/components/schemas/Outcome'}}},"
        + "'Outcome':{'type':'object'},"
        + "'Report':{'type':'object','properties':{'id':{'type':'string'}}},"
        + "'Page':{'type':'object','properties':{'items':{'$ref':'#/components/schemas/Report'}}}}}}");
    ObjectNode merged = merge(List.of(
        new OpenApiMerge.ServiceDocument("alpha-service", a, p -> true),
        new OpenApiMerge.ServiceDocument("beta-service", b, p -> !p.contains("imports"))));

    JsonNode schemas = merged.at("/components/schemas");
    assertTrue(schemas.has("Problem") && !schemas.has("BetaProblem"), "identical: shared");
    assertEquals("integer", schemas.at("/Report/properties/created/type").asText());
    assertEquals("string", schemas.at("/BetaReport/properties/id/type").asText());
    // Page is the same text in both, but refers to a renamed schema: it is renamed too.
    assertEquals("#/components/schemas/BetaReport",
        schemas.at("/BetaPage/properties/items/$ref").asText());
    assertEquals("#/components/schemas/BetaPage", merged.at("/paths/~1api~1v1~1b/get/responses/"
        + "200/content/application~1json/schema/$ref").asText());
    assertEquals("#/components/schemas/Page", merged.at("/paths/~1api~1v1~1a/get/responses/"
        + "200/content/application~1json/schema/$ref").asText());
    assertEquals("beta-service", merged.at("/paths/~1api~1v1~1b/get/x-service").asText());
    assertEquals("beta-service", merged.at("/paths/~1api~1v1~1b/get/tags/0").asText(),
        "an operation without a tag of its own takes its service's");
    assertEquals("beta-service", merged.at("/x-tagGroups/2/tags/0").asText());
    assertFalse(merged.get("paths").has("/api/v1/imports/x"), "unrouted paths stay out");
    assertFalse(schemas.has("ImportResult"), "and so do the schemas only they use");
    assertEquals("string", schemas.at("/Outcome/type").asText());
    assertFalse(schemas.has("BetaOutcome"), "a schema left out takes no name from another");
    assertEquals("http://gw", merged.at("/servers/0/url").asText());
  }

  @Test
  void webhooks_are_kept_with_the_schemas_they_send_renamed_as_the_paths() throws Exception {
    JsonNode a = doc("{'paths':{'/api/v1/a':{'get':{'responses':{'200':{'content':{"
        + "'application/json':{'schema':{'$ref':'#/components/schemas/Event'}}}}}}}},"
        + "'components':{'schemas':{'Event':{'type':'string'}}}}");
    JsonNode b = doc("{'paths':{},'webhooks':{'change':{'post':{'tags':['Hooks'],"
        + "'requestBody':{'content':{'application/json':{'schema':"
        + "{'$ref':'#/components/schemas/Event'}}}},'responses':{'200':{}}}}},"
        + "'components':{'schemas':{'Event':{'type':'object'}}}}");
    ObjectNode merged = merge(List.of(
        new OpenApiMerge.ServiceDocument("alpha-service", a, p -> true),
        new OpenApiMerge.ServiceDocument("beta-service", b, p -> true)));
    assertEquals("#/components/schemas/BetaEvent", merged.at("/webhooks/change/post/requestBody/"
        + "content/application~1json/schema/$ref").asText());
    assertEquals("object", merged.at("/components/schemas/BetaEvent/type").asText(),
        "a schema only a webhook sends is kept");
    assertEquals("beta-service", merged.at("/webhooks/change/post/x-service").asText());
    assertEquals("Hooks", merged.at("/x-tagGroups/2/tags/0").asText());
  }

  @Test
  void service_names_become_schema_prefixes() {
    assertEquals("Countries", OpenApiMerge.prefix("countries-service"));
    assertEquals("PlanTracking", OpenApiMerge.prefix("plan-tracking-service"));
  }
}
