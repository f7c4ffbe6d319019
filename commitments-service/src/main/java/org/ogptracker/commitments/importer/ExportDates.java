package org.ogptracker.commitments.importer;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the many ways the OGP export writes a commitment's start or end: {@code 9/1/2018}
 * (month first, unless the first number can only be a day: {@code 31/12/2016}),
 * {@code 9/1/18}, {@code July 2014}, {@code 2016}, {@code Quarter 2 2019},
 * {@code IV quarter of 2017}, and spreadsheet day numbers such as {@code 43101}. A month, quarter
 * or year means its first day as a start and its last day as an end. Anything else (NA,
 * "Underway") is unknown: empty.
 */
public final class ExportDates {
  private static final DateTimeFormatter US_LONG = DateTimeFormatter.ofPattern("M/d/yyyy");
  private static final DateTimeFormatter US_SHORT = DateTimeFormatter.ofPattern("M/d/yy");
  private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("d/M/yyyy");
  private static final Pattern MONTH_YEAR = Pattern.compile("([A-Za-z]+),? (\\d{4})");
  private static final Pattern QUARTER = Pattern.compile(
      "(?i)(?:quarter (\\d) (\\d{4})|(I|II|III|IV) quarter of (\\d{4}))");
  private static final Map<String, Integer> ROMAN = Map.of("I", 1, "II", 2, "III", 3, "IV", 4);
  private static final LocalDate SPREADSHEET_EPOCH = LocalDate.of(1899, 12, 30);

  private ExportDates() {}

  public static Optional<LocalDate> parse(String text, boolean end) {
    if (text == null) {
      return Optional.empty();
    }
    String s = text.strip();
    try {
      if (s.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
        // Mostly month first; a first number above 12 can only be a day (31/12/2016).
        boolean dayFirst = Integer.parseInt(s.substring(0, s.indexOf('/'))) > 12;
        return Optional.of(LocalDate.parse(s, dayFirst ? DAY_FIRST : US_LONG));
      }
      if (s.matches("\\d{1,2}/\\d{1,2}/\\d{2}")) {
        return Optional.of(LocalDate.parse(s, US_SHORT));
      }
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
    if (s.matches("\\d{4}")) {
      int y = Integer.parseInt(s);
      return Optional.of(end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1));
    }
    if (s.matches("\\d{5}")) {
      LocalDate d = SPREADSHEET_EPOCH.plusDays(Integer.parseInt(s));
      return d.getYear() >= 2000 && d.getYear() <= 2100 ? Optional.of(d) : Optional.empty();
    }
    Matcher m = MONTH_YEAR.matcher(s);
    if (m.matches()) {
      return month(m.group(1)).map(mo -> YearMonth.of(Integer.parseInt(m.group(2)), mo))
          .map(ym -> end ? ym.atEndOfMonth() : ym.atDay(1));
    }
    Matcher q = QUARTER.matcher(s);
    if (q.matches()) {
      int quarter = q.group(1) != null ? Integer.parseInt(q.group(1)) : ROMAN.get(q.group(3).toUpperCase(Locale.ROOT));
      int year = Integer.parseInt(q.group(2) != null ? q.group(2) : q.group(4));
      if (quarter < 1 || quarter > 4) {
        return Optional.empty();
      }
      YearMonth first = YearMonth.of(year, quarter * 3 - 2);
      return Optional.of(end ? first.plusMonths(2).atEndOfMonth() : first.atDay(1));
    }
    return Optional.empty();
  }

  private static Optional<Month> month(String name) {
    for (Month mo : Month.values()) {
      if (mo.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH).equalsIgnoreCase(name)
          || mo.getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH).equalsIgnoreCase(name)) {
        return Optional.of(mo);
      }
    }
    return Optional.empty();
  }
}
