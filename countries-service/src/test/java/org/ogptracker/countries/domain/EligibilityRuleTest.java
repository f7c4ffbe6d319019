package org.ogptracker.countries.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EligibilityRuleTest {

  @ParameterizedTest(name = "{0}/{1}/{2}/{3} values={4} -> {5} ({6}/{7})")
  @CsvSource(nullValues = "na", value = {
      // ft, ati, ad, ce, values, result, points, max
      "4,4,4,4,true,ELIGIBLE,16,16",
      "3,3,3,3,true,ELIGIBLE,12,16",            // 12/16 = 75%: exactly at the threshold
      "3,3,2,3,true,NOT_ELIGIBLE,11,16",        // 11/16 = 68.75%
      "4,4,3,0,true,NOT_ELIGIBLE,11,16",
      "3,3,na,3,true,ELIGIBLE,9,12",            // 9/12 = 75% with one criterion not applicable
      "3,2,na,3,true,NOT_ELIGIBLE,8,12",
      "4,4,na,na,true,INSUFFICIENT_DATA,8,8",   // two criteria measured
      "na,na,na,4,true,INSUFFICIENT_DATA,4,4",
      "na,na,na,na,true,INSUFFICIENT_DATA,0,0",
      "4,4,4,4,false,NOT_ELIGIBLE,16,16",       // values check failed
      "0,0,0,0,true,NOT_ELIGIBLE,0,16",
      "4,4,na,na,false,INSUFFICIENT_DATA,8,8"})
  void evaluates_like_ogp(Integer ft, Integer ati, Integer ad, Integer ce, boolean values,
      EligibilityOutcome want, int points, int max) {
    Map<Criterion, Integer> scores = new EnumMap<>(Criterion.class);
    scores.put(Criterion.FISCAL_TRANSPARENCY, ft);
    scores.put(Criterion.ACCESS_TO_INFORMATION, ati);
    scores.put(Criterion.ASSET_DISCLOSURE, ad);
    scores.put(Criterion.CITIZEN_ENGAGEMENT, ce);
    EligibilityResult r = EligibilityRule.evaluate(new EligibilityScores(scores, values));
    assertEquals(want, r.outcome());
    assertEquals(points, r.points());
    assertEquals(max, r.maxPoints());
  }

  @ParameterizedTest
  @CsvSource({"3,3,3,3,75.0", "3,3,2,3,68.8", "4,4,3,0,68.8", "4,4,4,3,93.8"})
  void percent_is_rounded_to_one_decimal(int ft, int ati, int ad, int ce, double percent) {
    var scores = new EligibilityScores(Map.of(Criterion.FISCAL_TRANSPARENCY, ft,
        Criterion.ACCESS_TO_INFORMATION, ati, Criterion.ASSET_DISCLOSURE, ad,
        Criterion.CITIZEN_ENGAGEMENT, ce), true);
    assertEquals(percent, EligibilityRule.evaluate(scores).percent());
  }

  @ParameterizedTest
  @CsvSource({"5", "-1"})
  void points_outside_0_to_4_are_refused(int p) {
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new EligibilityScores(Map.of(Criterion.FISCAL_TRANSPARENCY, p), true));
  }
}
