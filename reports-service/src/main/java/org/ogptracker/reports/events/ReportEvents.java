package org.ogptracker.reports.events;

import java.time.LocalDate;
import org.ogptracker.platform.outbox.OutboxEvent;
import org.ogptracker.reports.domain.DeadlineKind;
import org.ogptracker.reports.domain.Report;

/**
 * The events reports-service publishes on {@value #TOPIC}: a published report (keyed by plan
 * id) and a missed process deadline (keyed by member code, so countries-service sees a member's
 * misses in order).
 */
public final class ReportEvents {
  public static final String TOPIC = "ogp.reports.v1";
  public static final String REPORT_PUBLISHED = "ogp.report.published.v1";
  public static final String DEADLINE_MISSED = "ogp.process.deadline-missed.v1";

  private ReportEvents() {}

  /** A report as published. */
  public record ReportPublishedData(String reportId, String planId, String memberCode,
      String kind, int reportVersion, String corrects, LocalDate publishedOn, int assessments,
      String source) {}

  /**
   * A deadline that passed without its report.
   *
   * @param cycle the plan's number: consecutive plans are consecutive cycles
   * @param contraryToProcess the member's own deadline (its self-assessment), not the IRM's
   */
  public record DeadlineMissedData(String planId, String memberCode, int cycle, String deadline,
      LocalDate dueOn, String responsible, boolean contraryToProcess) {}

  public static OutboxEvent published(Report r, int assessments) {
    return new OutboxEvent(TOPIC, r.planId, REPORT_PUBLISHED, r.id, new ReportPublishedData(
        r.id, r.planId, r.memberCode, r.kind.code(), r.reportVersion, r.corrects, r.publishedOn,
        assessments, r.source));
  }

  public static OutboxEvent deadlineMissed(String planId, String memberCode, int cycle,
      DeadlineKind kind, LocalDate dueOn) {
    return new OutboxEvent(TOPIC, memberCode, DEADLINE_MISSED, planId + "/" + kind.code(),
        new DeadlineMissedData(planId, memberCode, cycle, kind.code(), dueOn,
            kind.byGovernment() ? "government" : "irm", kind.byGovernment()));
  }
}
