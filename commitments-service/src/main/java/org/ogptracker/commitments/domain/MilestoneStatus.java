package org.ogptracker.commitments.domain;

import org.ogptracker.platform.codes.CodedEnum;
import org.ogptracker.platform.codes.EnumCodes;

/** Where a milestone stands, as its latest progress update says. */
public enum MilestoneStatus implements CodedEnum {
  NOT_STARTED,
  IN_PROGRESS,
  COMPLETE,
  WITHDRAWN;

  @Override
  public String code() {
    return EnumCodes.lowerCaseName(this);
  }
}
