package org.ogptracker.platform.codes;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The codes of enums: each constant's, the list of them, and the constant of a code. Worked out
 * once per enum, on first use: every value of every commitment in a page is read and written
 * through here. Free of HTTP: a request's bad code becomes a problem in platform.http's
 * {@code EnumParams}.
 */
public final class EnumCodes {
  private static final ClassValue<String[]> LOWER_CASE_NAMES = new ClassValue<>() {
    @Override
    protected String[] computeValue(Class<?> type) {
      return Arrays.stream(type.getEnumConstants())
          .map(e -> ((Enum<?>) e).name().toLowerCase(Locale.ROOT)).toArray(String[]::new);
    }
  };
  private static final ClassValue<Map<String, Object>> BY_CODE = new ClassValue<>() {
    @Override
    protected Map<String, Object> computeValue(Class<?> type) {
      Map<String, Object> byCode = new HashMap<>();
      for (Object constant : type.getEnumConstants()) {
        byCode.put(code(constant), constant);
      }
      return Map.copyOf(byCode);
    }
  };

  private EnumCodes() {}

  /** The code of each constant: {@link CodedEnum#code()} or the lower-case name. */
  public static List<String> allowed(Class<?> enumType) {
    return Arrays.stream(enumType.getEnumConstants()).map(EnumCodes::code).toList();
  }

  public static String code(Object constant) {
    return constant instanceof CodedEnum c ? c.code() : lowerCaseName((Enum<?>) constant);
  }

  /** The constant's name in lower case, whatever the default locale (no dotless i in Turkish). */
  public static String lowerCaseName(Enum<?> constant) {
    return LOWER_CASE_NAMES.get(constant.getDeclaringClass())[constant.ordinal()];
  }

  /** The constant with this code, or null for null or a code of none. */
  public static <E extends Enum<E>> E find(Class<E> type, String code) {
    return code == null ? null : type.cast(BY_CODE.get(type).get(code));
  }
}
