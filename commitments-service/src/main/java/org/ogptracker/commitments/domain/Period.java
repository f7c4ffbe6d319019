package org.ogptracker.commitments.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * An action plan's period: start and end as years ({@code 2014}) or dates ({@code 2014-07-01}),
 * as OGP records them; the end is not before the start and a plan lasts at most 5 years.
 */
public record Period(String start, String end) {
  public Period {
    check("periodStart", start);
    check("periodEnd", end);
    if (end.compareTo(start.substring(0, Math.min(start.length(), end.length()))) < 0) {
      throw new IllegalArgumentException("periodEnd is before periodStart");
    }
    if (year(end) - year(start) > 5) {
      throw new IllegalArgumentException("a plan lasts at most 5 years");
    }
  }

  public int endYear() {
    return year(end);
  }

  private static int year(String yearOrDate) {
    return Integer.parseInt(yearOrDate.substring(0, 4));
  }

  private static void check(String field, String value) {
    if (value == null) {
      throw new IllegalArgumentException(field + " is required");
    }
    if (value.matches("\\d{4}")) {
      int y = Integer.parseInt(value);
      if (y < 2011 || y > 2100) {
        throw new IllegalArgumentException(field + " must be a year from 2011");
      }
      return;
    }
    try {
      LocalDate d = LocalDate.parse(value);
      if (d.getYear() < 2011 || d.getYear() > 2100) {
        throw new IllegalArgumentException(field + " must be a date from 2011");
      }
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(field + " must be a year (2014) or a date (2014-07-01)");
    }
  }
}
