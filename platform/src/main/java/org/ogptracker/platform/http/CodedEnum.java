package org.ogptracker.platform.http;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An enum whose API spelling (its code) differs from its Java name: by default the name in lower
 * case ({@code NOT_ELIGIBLE} is {@code not_eligible}); an enum with other spellings overrides it.
 */
public interface CodedEnum {
  @JsonValue
  default String code() {
    return EnumCodes.lowerCaseName((Enum<?>) this);
  }
}
