package org.ogptracker.platform.inbox;

/**
 * Checks of a consumed event's fields, for the records consumers read events into: a field the
 * record cannot do without makes the event poison, named in the dead letter's reason.
 */
public final class EventFields {
  private EventFields() {}

  /** {@code value}, which the event must have. */
  public static <T> T required(T value, String field) {
    if (value == null || value instanceof String s && s.isBlank()) {
      throw new PoisonEventException("lacks '" + field + "'");
    }
    return value;
  }

  /** A member code (three or four capital letters), which the event must have. */
  public static String memberCode(String value, String field) {
    if (required(value, field).matches("[A-Z]{3,4}")) {
      return value;
    }
    throw new PoisonEventException("'" + field + "' is not a member code: " + value);
  }
}
