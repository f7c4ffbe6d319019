package org.ogptracker.commitments.domain;

import org.ogptracker.platform.codes.CodedEnum;
import org.ogptracker.platform.codes.EnumCodes;

/** The four OGP values a commitment may be relevant to. */
public enum OgpValue implements CodedEnum {
  ACCESS_TO_INFORMATION,
  CIVIC_PARTICIPATION,
  PUBLIC_ACCOUNTABILITY,
  TECHNOLOGY_AND_INNOVATION;

  @Override
  public String code() {
    return EnumCodes.lowerCaseName(this);
  }
}
