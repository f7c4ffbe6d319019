package org.ogptracker.countries.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one rule of member codes, which the API and the OGP export importer both apply. */
class MemberKindTest {
  @ParameterizedTest
  @CsvSource({
      "NATIONAL, ALB, true",
      "NATIONAL, ARBA, false",
      "NATIONAL, AL, false",
      "NATIONAL, alb, false",
      "NATIONAL, AL1, false",
      "NATIONAL, ÄLB, false",
      "LOCAL, ARBA, true",
      "LOCAL, ALB, false",
      "LOCAL, ARBAA, false",
      "LOCAL, , false"})
  void a_code_has_the_length_of_its_kind_in_capital_letters(MemberKind kind, String code,
      boolean accepted) {
    assertEquals(accepted, kind.accepts(code), kind + " " + code);
  }
}
