package org.ogptracker.reports.domain;

import java.util.Objects;

/**
 * One IRM indicator: either a value of its scale or a {@link Sentinel} saying why there is none.
 */
public record Indicator<V>(V value, Sentinel missing) {
  public Indicator {
    if ((value == null) == (missing == null)) {
      throw new IllegalArgumentException("an indicator has a value or a sentinel, not both or none");
    }
  }

  public static <V> Indicator<V> of(V value) {
    return new Indicator<>(Objects.requireNonNull(value), null);
  }

  public static <V> Indicator<V> missing(Sentinel why) {
    return new Indicator<>(null, why);
  }

  public boolean present() {
    return value != null;
  }
}
