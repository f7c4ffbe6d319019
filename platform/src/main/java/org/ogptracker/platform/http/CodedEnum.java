package org.ogptracker.platform.http;

import com.fasterxml.jackson.annotation.JsonValue;

/** An enum whose API spelling (its code) differs from its Java name, e.g. {@code not_eligible}. */
public interface CodedEnum {
  @JsonValue
  String code();
}
