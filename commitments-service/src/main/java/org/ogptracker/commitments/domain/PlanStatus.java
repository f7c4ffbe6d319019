package org.ogptracker.commitments.domain;

import java.util.EnumSet;
import java.util.Set;
import org.ogptracker.platform.codes.CodedEnum;
import org.ogptracker.platform.codes.EnumCodes;

/** Life of an action plan: draft → submitted → in implementation → completed, or withdrawn. */
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

  /** The statuses this one may move to. */
  public Set<PlanStatus> next() {
    return switch (this) {
      case DRAFT -> EnumSet.of(SUBMITTED, WITHDRAWN);
      case SUBMITTED -> EnumSet.of(IN_IMPLEMENTATION, WITHDRAWN);
      case IN_IMPLEMENTATION -> EnumSet.of(COMPLETED, WITHDRAWN);
      case COMPLETED, WITHDRAWN -> EnumSet.noneOf(PlanStatus.class);
    };
  }

  /** Whether commitments and milestones may still be added. */
  public boolean open() {
    return this != COMPLETED && this != WITHDRAWN;
  }

  /**
   * Whether its milestones take progress updates: all but a withdrawn plan's (a completed plan's
   * late reports still count). The one rule for a live report and an imported one.
   */
  public boolean takesProgress() {
    return this != WITHDRAWN;
  }
}
