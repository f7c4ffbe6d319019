package org.ogptracker.reports.domain;

import org.ogptracker.platform.codes.CodedEnum;
import org.ogptracker.platform.codes.EnumCodes;

/**
 * A plan's status as commitments-service publishes it (docs/asyncapi.yaml): reports-service
 * reads it from the events and keeps it on its copy of the plan, never sets it.
 */
public enum PlanStatus implements CodedEnum {
  DRAFT,
  SUBMITTED,
  IN_IMPLEMENTATION,
  COMPLETED,
  WITHDRAWN;

  @Override
  public String code() {
    return EnumCodes.lowerCaseName(this);
  }

  /** The status of a code, or null for one this service does not know. */
  public static PlanStatus fromCode(String code) {
    return EnumCodes.find(PlanStatus.class, code);
  }
}
