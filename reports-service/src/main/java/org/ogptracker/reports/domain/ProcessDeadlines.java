package org.ogptracker.reports.domain;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * OGP's process deadlines of a plan, derived from its submission and its end: the IRM review is
 * due 4 months after submission; the end-of-term self-assessment and the IRM results report 4
 * months after the plan ends. A withdrawn plan has none; a plan not yet submitted has no review
 * deadline yet.
 */
public final class ProcessDeadlines {
  static final int MONTHS_AFTER = 4;

  private ProcessDeadlines() {}

  /**
   * @param periodEnd the plan's end as OGP records it: a year ({@code 2026}, meaning its last
   *     day) or a date
   */
  public static Map<DeadlineKind, LocalDate> of(LocalDate submittedOn, String periodEnd,
      PlanStatus status) {
    Map<DeadlineKind, LocalDate> due = new EnumMap<>(DeadlineKind.class);
    if (status == PlanStatus.WITHDRAWN) {
      return due;
    }
    if (submittedOn != null) {
      due.put(DeadlineKind.IRM_REVIEW, submittedOn.plusMonths(MONTHS_AFTER));
    }
    LocalDate end = lastDay(periodEnd);
    due.put(DeadlineKind.END_OF_TERM_SELF_ASSESSMENT, end.plusMonths(MONTHS_AFTER));
    due.put(DeadlineKind.IRM_RESULTS_REPORT, end.plusMonths(MONTHS_AFTER));
    return due;
  }

  /** A deadline is met by a report on time, missed once its day has passed without one. */
  public static DeadlineState state(LocalDate dueOn, LocalDate metOn, LocalDate today) {
    if (metOn != null) {
      return metOn.isAfter(dueOn) ? DeadlineState.MISSED : DeadlineState.MET;
    }
    return today.isAfter(dueOn) ? DeadlineState.MISSED : DeadlineState.DUE;
  }

  static LocalDate lastDay(String periodEnd) {
    return periodEnd.length() == 4
        ? LocalDate.of(Integer.parseInt(periodEnd), 12, 31) : LocalDate.parse(periodEnd);
  }
}
