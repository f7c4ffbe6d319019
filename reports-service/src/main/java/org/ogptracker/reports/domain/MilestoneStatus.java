package org.ogptracker.reports.domain;

import org.ogptracker.platform.codes.CodedEnum;
import org.ogptracker.platform.codes.EnumCodes;

/**
 * Where a milestone stands as its government last reported it, as commitments-service publishes
 * it (docs/asyncapi.yaml): reports-service reads it, never sets it.
 */
public enum MilestoneStatus implements CodedEnum {
  NOT_STARTED,
  IN_PROGRESS,
  COMPLETE,
  WITHDRAWN;

  @Override
  public String code() {
    return EnumCodes.lowerCaseName(this);
  }

  /** The status of a code, or null for one this service does not know. */
  public static MilestoneStatus fromCode(String code) {
    return EnumCodes.find(MilestoneStatus.class, code);
  }
}
