package org.ogptracker.countries.domain;

import org.ogptracker.platform.codes.CodedEnum;
import org.ogptracker.platform.codes.EnumCodes;

/** What a year's scores say about eligibility. */
public enum EligibilityOutcome implements CodedEnum {
  ELIGIBLE,
  NOT_ELIGIBLE,
  INSUFFICIENT_DATA;

  @Override
  public String code() {
    return EnumCodes.lowerCaseName(this);
  }
}
