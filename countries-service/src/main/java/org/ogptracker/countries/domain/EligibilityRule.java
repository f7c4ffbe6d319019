package org.ogptracker.countries.domain;

/**
 * OGP's eligibility rule: a member is eligible with at least 75% of the applicable points (12 of
 * 16, 9 of 12) and a passed values check; with fewer than three criteria measured there is not
 * enough data to say.
 */
public final class EligibilityRule {
  static final int MIN_MEASURED = 3;
  // 75% as a fraction, compared in integers so 12/16 is exactly at the threshold.
  static final int THRESHOLD_NUMERATOR = 3;
  static final int THRESHOLD_DENOMINATOR = 4;

  private EligibilityRule() {}

  public static EligibilityResult evaluate(EligibilityScores scores) {
    int measured = scores.points().size();
    int points = scores.points().values().stream().mapToInt(Integer::intValue).sum();
    int max = measured * Criterion.MAX_POINTS;
    Double percent = max == 0 ? null : Math.round(points * 1000.0 / max) / 10.0;
    EligibilityOutcome outcome;
    if (measured < MIN_MEASURED) {
      outcome = EligibilityOutcome.INSUFFICIENT_DATA;
    } else if (points * THRESHOLD_DENOMINATOR >= max * THRESHOLD_NUMERATOR
        && scores.valuesCheckPassed()) {
      outcome = EligibilityOutcome.ELIGIBLE;
    } else {
      outcome = EligibilityOutcome.NOT_ELIGIBLE;
    }
    return new EligibilityResult(points, max, percent, measured, outcome);
  }
}
