package org.ogptracker.commitments.domain;

import org.ogptracker.platform.codes.CodedEnum;
import org.ogptracker.platform.codes.EnumCodes;

/** The five OGP grand challenges a commitment addresses. */
public enum GrandChallenge implements CodedEnum {
  IMPROVING_PUBLIC_SERVICES,
  INCREASING_PUBLIC_INTEGRITY,
  MORE_EFFECTIVELY_MANAGING_PUBLIC_RESOURCES,
  CREATING_SAFER_COMMUNITIES,
  INCREASING_CORPORATE_ACCOUNTABILITY;

  @Override
  public String code() {
    return EnumCodes.lowerCaseName(this);
  }
}
