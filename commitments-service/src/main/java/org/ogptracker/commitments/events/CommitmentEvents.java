package org.ogptracker.commitments.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.ogptracker.commitments.domain.ActionPlan;
import org.ogptracker.commitments.domain.Commitment;
import org.ogptracker.commitments.domain.Milestone;
import org.ogptracker.platform.outbox.OutboxEvent;

/**
 * The events commitments-service publishes on {@value #TOPIC}. Every event of a plan, its
 * commitments and milestones has the plan id as key, so a consumer sees them in order, and
 * carries what a consumer needs without calling back.
 */
public final class CommitmentEvents {
  public static final String TOPIC = "ogp.commitments.v1";
  public static final String PLAN_CREATED = "ogp.action-plan.created.v1";
  public static final String PLAN_UPDATED = "ogp.action-plan.updated.v1";
  public static final String PLAN_SUBMITTED = "ogp.action-plan.submitted.v1";
  public static final String PLAN_STATUS_CHANGED = "ogp.action-plan.status-changed.v1";
  public static final String COMMITMENT_REGISTERED = "ogp.commitment.registered.v1";
  public static final String COMMITMENT_UPDATED = "ogp.commitment.updated.v1";
  public static final String MILESTONE_ADDED = "ogp.milestone.added.v1";
  public static final String PROGRESS_REPORTED = "ogp.milestone.progress-reported.v1";
  public static final String MILESTONE_OVERDUE = "ogp.milestone.overdue.v1";

  private CommitmentEvents() {}

  /**
   * A plan as it now is; {@code previousStatus} only on status changes. {@code version} (as every
   * event's) is the aggregate's version after the change: a consumer's copy takes only newer ones.
   */
  public record PlanData(String planId, String memberCode, int number, String periodStart,
      String periodEnd, LocalDate submittedOn, String status, String previousStatus,
      long version) {}

  /** A commitment as it now is. */
  public record CommitmentData(String commitmentId, String planId, String memberCode,
      String title, String leadInstitution, LocalDate startDate, LocalDate endDate,
      List<String> grandChallenges, List<String> ogpValues, List<String> themes, long version) {}

  /** A milestone as it now is. */
  public record MilestoneData(String milestoneId, String commitmentId, String planId,
      String memberCode, String description, LocalDate dueDate, String status,
      int percentComplete, long version) {}

  /** One progress update, with the milestone's state (and version) after it. */
  public record ProgressData(long updateId, String milestoneId, String commitmentId,
      String planId, String memberCode, String status, int percentComplete, String note,
      List<String> evidenceUrls, String author, Instant reportedAt, long milestoneVersion) {}

  public static OutboxEvent planCreated(ActionPlan p) {
    return plan(PLAN_CREATED, p, null);
  }

  public static OutboxEvent planUpdated(ActionPlan p) {
    return plan(PLAN_UPDATED, p, null);
  }

  /** Submission has a type of its own (deadlines start there); other changes share one. */
  public static OutboxEvent planStatusChanged(ActionPlan p, String previous) {
    String type = "submitted".equals(p.status.code()) ? PLAN_SUBMITTED : PLAN_STATUS_CHANGED;
    return plan(type, p, previous);
  }

  public static OutboxEvent commitment(String type, Commitment c) {
    return new OutboxEvent(TOPIC, c.planId, type, c.id, new CommitmentData(c.id, c.planId,
        c.memberCode, c.title, c.leadInstitution, c.startDate, c.endDate, c.grandChallenges,
        c.ogpValues, c.themes, c.version));
  }

  public static OutboxEvent milestoneAdded(Milestone m, Commitment c) {
    return milestoneAdded(new MilestoneData(m.id, c.id, c.planId, c.memberCode, m.description,
        m.dueDate, m.status.code(), m.percentComplete, m.version));
  }

  public static OutboxEvent milestoneAdded(MilestoneData m) {
    return new OutboxEvent(TOPIC, m.planId(), MILESTONE_ADDED, m.milestoneId(), m);
  }

  /** A milestone past its due date while its plan is in implementation (reported once). */
  public static OutboxEvent milestoneOverdue(MilestoneData m) {
    return new OutboxEvent(TOPIC, m.planId(), MILESTONE_OVERDUE, m.milestoneId(), m);
  }

  /** An update just reported: its data carries the milestone's version after the update. */
  public static OutboxEvent progressReported(ProgressData u) {
    return new OutboxEvent(TOPIC, u.planId(), PROGRESS_REPORTED, u.milestoneId(), u);
  }

  private static OutboxEvent plan(String type, ActionPlan p, String previous) {
    return new OutboxEvent(TOPIC, p.id, type, p.id, new PlanData(p.id, p.memberCode, p.number,
        p.periodStart, p.periodEnd, p.submittedOn, p.status.code(), previous, p.version));
  }
}
