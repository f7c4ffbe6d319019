package org.ogptracker.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrictJsonTest {
  record Body(String title, Integer percent, List<String> urls) {}

  private final ObjectMapper json = strict();

  private static ObjectMapper strict() {
    ObjectMapper m = new ObjectMapper();
    new StrictJson().customize(m);
    return m;
  }

  @Test
  void well_typed_text_and_numbers_are_read() throws Exception {
    Body b = json.readValue("{\"title\":\"Open data 💡\",\"percent\":40,\"urls\":[\"https://x\"]}",
        Body.class);
    assertEquals(new Body("Open data 💡", 40, List.of("https://x")), b);
  }

  @Test
  void numbers_for_text_and_text_for_numbers_name_the_field() {
    assertEquals("400 title: must be a string", problemOf("{\"title\":12345}"));
    assertEquals("400 title: must be a string", problemOf("{\"title\":true}"));
    assertEquals("400 percent: must be a number", problemOf("{\"percent\":\"40\"}"));
  }

  @Test
  void text_no_column_can_store_is_refused_wherever_it_is() {
    assertEquals("400 title: must be text without NUL characters or lone surrogates", problemOf("{\"title\":\"a\\u0000b\"}"));
    assertEquals("400 urls[0]: must be text without NUL characters or lone surrogates", problemOf("{\"urls\":[\"\\ud800\"]}"));
    assertEquals("400 title: must be text without NUL characters or lone surrogates", problemOf("{\"title\":\"x\\udc00\"}"));
  }

  @Test
  void anything_after_the_body_is_refused() {
    for (String body : new String[] {"{}}", "{} {}", "{\"title\":\"a\"} x"}) {
      JsonProcessingException e = assertThrows(JsonProcessingException.class,
          () -> json.readValue(body, Body.class), body);
      assertEquals(400, JsonErrors.describe(e).problem().status());
    }
  }

  @Test
  void a_body_nested_deeper_than_any_of_the_api_is_400() {
    int depth = StrictJson.MAX_DEPTH + 1;
    String deep = "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    JsonProcessingException e = assertThrows(JsonProcessingException.class,
        () -> json.readValue(deep, java.util.Map.class));
    var p = JsonErrors.describe(e).problem();
    assertEquals("400 Request body nests deeper than " + StrictJson.MAX_DEPTH
        + " levels or holds too long a value", p.status() + " " + p.detail());
  }

  private String problemOf(String body) {
    JsonProcessingException e = assertThrows(JsonProcessingException.class,
        () -> json.readValue(body, Body.class));
    var p = JsonErrors.describe(e).problem();
    return p.status() + " " + p.detail();
  }
}
