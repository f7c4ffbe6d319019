package org.ogptracker.platform.http;

import org.ogptracker.platform.codes.EnumCodes;
import org.ogptracker.platform.problem.Problems;

/** Enum codes in requests (query parameters, fields): a code of none is the client's 400. */
public final class EnumParams {
  private EnumParams() {}

  /** The constant with this code, null for a null or blank value, 400 problem for any other. */
  public static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    E constant = EnumCodes.find(type, value);
    if (constant == null) {
      throw Problems.invalidField(field, "unknown value '" + value + "'; allowed: "
          + String.join(", ", EnumCodes.allowed(type)));
    }
    return constant;
  }
}
