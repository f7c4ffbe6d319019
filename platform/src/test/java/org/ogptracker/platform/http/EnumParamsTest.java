package org.ogptracker.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ogptracker.platform.codes.CodedEnum;
import org.ogptracker.platform.problem.ProblemException;

class EnumParamsTest {
  enum Colour implements CodedEnum {
    DARK_RED;

    @Override
    public String code() {
      return "dark red";
    }
  }

  enum Plain { UNDER_REVIEW }

  @Test
  void parses_codes_not_java_names() {
    assertEquals(Colour.DARK_RED, EnumParams.parse(Colour.class, "dark red", "colour"));
    assertEquals(Plain.UNDER_REVIEW, EnumParams.parse(Plain.class, "under_review", "status"));
    assertNull(EnumParams.parse(Plain.class, " ", "status"));
  }

  @Test
  void unknown_value_names_the_field_and_the_allowed_codes() {
    ProblemException e = assertThrows(ProblemException.class,
        () -> EnumParams.parse(Colour.class, "DARK_RED", "colour"));
    assertEquals("colour", e.problem().errors().get(0).field());
    assertTrue(e.problem().errors().get(0).message().contains("dark red"));
  }
}
