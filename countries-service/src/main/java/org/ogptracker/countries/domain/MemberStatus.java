package org.ogptracker.countries.domain;

import org.ogptracker.platform.http.CodedEnum;
import org.ogptracker.platform.http.EnumCodes;

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
