package org.ogptracker.countries.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One year's points per criterion (a criterion without points is not applicable) and whether
 * the values check (civic space) passed.
 */
public record EligibilityScores(Map<Criterion, Integer> points, boolean valuesCheckPassed) {
  public EligibilityScores {
    EnumMap<Criterion, Integer> copy = new EnumMap<>(Criterion.class);
    points.forEach((c, p) -> {
      if (p != null) {
        if (p < 0 || p > Criterion.MAX_POINTS) {
          throw new IllegalArgumentException(c.code() + " must be 0 to 4, was " + p);
        }
        copy.put(c, p);
      }
    });
    points = Collections.unmodifiableMap(copy);
  }

  public Integer of(Criterion c) {
    return points.get(c);
  }
}
