package org.ogptracker.platform.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

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
  void finds_the_constant_of_a_code_and_none_for_a_java_name() {
    assertEquals(Colour.DARK_RED, EnumCodes.find(Colour.class, "dark red"));
    assertEquals(Plain.UNDER_REVIEW, EnumCodes.find(Plain.class, "under_review"));
    assertNull(EnumCodes.find(Colour.class, "DARK_RED"));
    assertNull(EnumCodes.find(Plain.class, null));
  }

  @Test
  void lower_case_names_whatever_the_locale() {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.forLanguageTag("tr")); // where "I".toLowerCase() is a dotless i
    try {
      assertEquals("increasing_public_integrity", Coded.INCREASING_PUBLIC_INTEGRITY.code());
      assertEquals(Coded.NOT_ELIGIBLE, EnumCodes.find(Coded.class, "not_eligible"));
      assertEquals(List.of("increasing_public_integrity", "not_eligible"),
          EnumCodes.allowed(Coded.class));
    } finally {
      Locale.setDefault(before);
    }
  }
}
