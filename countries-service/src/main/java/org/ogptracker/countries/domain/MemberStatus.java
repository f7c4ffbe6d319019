package org.ogptracker.countries.domain;

import org.ogptracker.platform.codes.CodedEnum;
import org.ogptracker.platform.codes.EnumCodes;

/** Membership status; every change is kept in the member's history. */
public enum MemberStatus implements CodedEnum {
  ELIGIBLE,
  ACTIVE,
  INACTIVE,
  UNDER_REVIEW,
  WITHDRAWN;

  @Override
  public String code() {
    return EnumCodes.lowerCaseName(this);
  }
}
