package org.ogptracker.platform.db;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Values of native query results, whichever Java type the driver and Hibernate chose. */
public final class SqlValues {
  private SqlValues() {}

  /**
   * A {@code timestamptz} column: Instant, OffsetDateTime or Timestamp, as an Instant; null for
   * SQL null.
   */
  public static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    return ((Timestamp) value).toInstant();
  }

  /** A {@code date} column: LocalDate or java.sql.Date, as a LocalDate; null for SQL null. */
  public static LocalDate localDate(Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
  }
}
