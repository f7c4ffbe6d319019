package org.ogptracker.reports.domain;

import org.ogptracker.platform.codes.CodedEnum;
import org.ogptracker.platform.codes.EnumCodes;

/** When completion is measured and a star decided: mid-term (progress) or end of term. */
public enum Stage implements CodedEnum {
  MIDTERM,
  END_OF_TERM;

  @Override
  public String code() {
    return EnumCodes.lowerCaseName(this);
  }
}
