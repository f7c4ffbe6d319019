package org.ogptracker.countries.domain;

import org.ogptracker.platform.codes.CodedEnum;
import org.ogptracker.platform.codes.EnumCodes;

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

  /** Whether {@code code} is a code of this kind: its length of capital letters A-Z. */
  public boolean accepts(String code) {
    return code != null && code.length() == codeLength()
        && code.chars().allMatch(c -> c >= 'A' && c <= 'Z');
  }

  /** The rule {@link #accepts} applies, for people. */
  public String codeRule() {
    return "a " + code() + " member has a code of " + codeLength() + " letters";
  }
}
