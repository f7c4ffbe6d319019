package org.ogptracker.platform.db;

import java.sql.Timestamp;
import java.time.Instant;
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
}
