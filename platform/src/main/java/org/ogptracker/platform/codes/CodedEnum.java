package org.ogptracker.platform.codes;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An enum whose code (its spelling in the API, the events and the database) differs from its
 * Java name, e.g. {@code not_eligible}.
 * Most return {@link EnumCodes#lowerCaseName}. Each enum declares {@code code()} itself: the
 * OpenAPI scanner reads an enum's values through the method declared on the enum, and lists the
 * Java names instead when it is inherited.
 */
public interface CodedEnum {
  @JsonValue
  String code();
}
