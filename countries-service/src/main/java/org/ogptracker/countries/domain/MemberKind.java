package org.ogptracker.countries.domain;

import org.ogptracker.platform.http.CodedEnum;
import org.ogptracker.platform.http.EnumCodes;

/** National government (ISO-3 code) or local government (4-letter code, part of a country). */
public enum MemberKind implements CodedEnum {
  NATIONAL,
  LOCAL;

  @Override
  public String code() {
    return EnumCodes.lowerCaseName(this);
  }

  /** National codes have three letters, local ones four. */
  public int codeLength() {
    return this == NATIONAL ? 3 : 4;
  }
}
