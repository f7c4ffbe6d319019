package org.ogptracker.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.ogptracker.platform.problem.ProblemException;

class EnumCodesTest {
  enum Colour implements CodedEnum {
    DARK_RED;

    @Override
    public String code() {
      return "dark red";
    }
  }

  enum Plain { UNDER_REVIEW }

  enum Coded implements CodedEnum {
    INCREASING_PUBLIC_INTEGRITY, NOT_ELIGIBLE;

    @Override
    public String code() {
      return EnumCodes.lowerCaseName(this);
    }
  }

  @Test
  void parses_codes_not_java_names() {
    assertEquals(Colour.DARK_RED, EnumCodes.parse(Colour.class, "dark red", "colour"));
    assertEquals(Plain.UNDER_REVIEW, EnumCodes.parse(Plain.class, "under_review", "status"));
    assertNull(EnumCodes.parse(Plain.class, " ", "status"));
  }

  @Test
  void unknown_value_names_the_field_and_the_allowed_codes() {
    ProblemException e = assertThrows(ProblemException.class,
        () -> EnumCodes.parse(Colour.class, "DARK_RED", "colour"));
    assertEquals("colour", e.problem().errors().get(0).field());
    assertTrue(e.problem().errors().get(0).message().contains("dark red"));
  }

  @Test
  void lower_case_names_whatever_the_locale() {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.forLanguageTag("tr")); // where "I".toLowerCase() is a dotless i
    try {
      assertEquals("increasing_public_integrity", Coded.INCREASING_PUBLIC_INTEGRITY.code());
      assertEquals(Coded.NOT_ELIGIBLE, EnumCodes.parse(Coded.class, "not_eligible", "outcome"));
      assertEquals(List.of("increasing_public_integrity", "not_eligible"),
          EnumCodes.allowed(Coded.class));
    } finally {
      Locale.setDefault(before);
    }
  }
}
