package org.ogptracker.reports.domain;

import java.time.LocalDate;

/**
 * A process deadline on a given day: when it is due, when a report meeting it was first
 * published (null: none yet) and the state that follows.
 */
public record DeadlineStatus(DeadlineKind kind, LocalDate dueOn, LocalDate metOn,
    DeadlineState state) {
  public static DeadlineStatus of(DeadlineKind kind, LocalDate dueOn, LocalDate metOn,
      LocalDate today) {
    return new DeadlineStatus(kind, dueOn, metOn, ProcessDeadlines.state(dueOn, metOn, today));
  }
}
