package org.ogptracker.platform.http;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.ogptracker.platform.problem.Problems;

/** Reads enum values from query parameters and lists the allowed codes in errors. */
public final class EnumCodes {
  private EnumCodes() {}

  /** The code of each constant: {@link CodedEnum#code()} or the lower-case name. */
  public static List<String> allowed(Class<?> enumType) {
    return Arrays.stream(enumType.getEnumConstants()).map(EnumCodes::code).toList();
  }

  public static String code(Object constant) {
    return constant instanceof CodedEnum c ? c.code() : ((Enum<?>) constant).name().toLowerCase(Locale.ROOT);
  }

  /** The constant with this code, null for a null or blank value, 400 problem for any other. */
  public static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    for (E e : type.getEnumConstants()) {
      if (code(e).equals(value)) {
        return e;
      }
    }
    throw Problems.invalidField(field,
        "unknown value '" + value + "'; allowed: " + String.join(", ", allowed(type)));
  }
}
