package org.ogptracker.reports.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ogptracker.reports.domain.Scales.Completion;
import org.ogptracker.reports.domain.Scales.PotentialImpact;
import org.ogptracker.reports.domain.Scales.Specificity;

class StarRuleTest {
  static <E> Indicator<E> in(E value) {
    return value == null ? Indicator.missing(Sentinel.NO_DATA) : Indicator.of(value);
  }

  @ParameterizedTest(name = "{0}/{1}/{2}/{3} -> {4}")
  @CsvSource(nullValues = "nd", value = {
      "HIGH,true,TRANSFORMATIVE,COMPLETE,true",
      "MEDIUM,true,TRANSFORMATIVE,SUBSTANTIAL,true",
      "LOW,true,TRANSFORMATIVE,COMPLETE,false",
      "HIGH,false,TRANSFORMATIVE,COMPLETE,false",
      "HIGH,true,MODERATE,COMPLETE,false",
      "HIGH,true,TRANSFORMATIVE,LIMITED,false",
      "HIGH,true,TRANSFORMATIVE,WITHDRAWN,false",
      "nd,true,TRANSFORMATIVE,COMPLETE,nd",
      "HIGH,true,nd,COMPLETE,nd",
      "LOW,true,TRANSFORMATIVE,nd,nd"})
  void stars_like_ogp(Specificity s, Boolean relevant, PotentialImpact p, Completion c, Boolean want) {
    var v = StarRule.evaluate(new StarRule.Inputs(in(s), in(relevant), in(p), in(c)));
    assertEquals(want, v.starred());
    if (want == null) {
      assertEquals(Sentinel.NO_DATA, v.undecided());
    }
  }

  @Test
  void an_unassessed_stage_says_why_and_is_not_read_as_not_starred() {
    var v = StarRule.evaluate(new StarRule.Inputs(Indicator.of(Specificity.HIGH), Indicator.of(true),
        Indicator.of(PotentialImpact.TRANSFORMATIVE), Indicator.missing(Sentinel.NOT_REVIEWED)));
    assertNull(v.starred());
    assertEquals(Sentinel.NOT_REVIEWED, v.undecided());
    assertEquals("completion not_reviewed: the stage was not assessed", v.why().get(0));
  }

  @Test
  void scale_values_have_the_exports_labels_and_lower_snake_codes() {
    assertEquals("Not Started", Completion.NOT_STARTED.label());
    assertEquals("not_started", Completion.NOT_STARTED.code());
    assertEquals(Completion.NOT_STARTED, Scales.byLabel(Completion.class, "Not Started"));
    assertEquals(PotentialImpact.TRANSFORMATIVE, Scales.byLabel(PotentialImpact.class, "Transformative"));
    assertNull(Scales.byLabel(Specificity.class, "Very high"));
  }

  @Test
  void the_verdict_shows_its_inputs() {
    var v = StarRule.evaluate(new StarRule.Inputs(Indicator.of(Specificity.HIGH), Indicator.of(true),
        Indicator.of(PotentialImpact.MODERATE), Indicator.of(Completion.COMPLETE)));
    assertEquals(java.util.List.of("specificity high: meets medium or high",
        "relevance true: meets at least one OGP value",
        "potential impact moderate: does not meet transformative",
        "completion complete: meets substantial or complete"), v.why());
  }
}
