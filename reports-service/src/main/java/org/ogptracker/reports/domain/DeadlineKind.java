package org.ogptracker.reports.domain;

import org.ogptracker.platform.codes.CodedEnum;
import org.ogptracker.platform.codes.EnumCodes;

/** The process deadlines of an action plan. */
public enum DeadlineKind implements CodedEnum {
  /** IRM Action Plan Review: 4 months after the plan's submission. */
  IRM_REVIEW,
  /** The government's end-of-term self-assessment: 4 months after the plan's end. */
  END_OF_TERM_SELF_ASSESSMENT,
  /** IRM Results Report: 4 months after the plan's end. */
  IRM_RESULTS_REPORT;

  @Override
  public String code() {
    return EnumCodes.lowerCaseName(this);
  }

  /**
   * The member's own deadline: missing it is acting contrary to OGP process. The IRM's
   * deadlines are the IRM's to keep.
   */
  public boolean byGovernment() {
    return this == END_OF_TERM_SELF_ASSESSMENT;
  }
}
