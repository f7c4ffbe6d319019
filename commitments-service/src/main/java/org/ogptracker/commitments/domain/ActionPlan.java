package org.ogptracker.commitments.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** A member's action plan: its period, submission and status. */
@Entity
@Table(name = "action_plan")
public class ActionPlan {
  @Id
  public String id;

  @Column(name = "member_code")
  public String memberCode;

  public int number;

  @Column(name = "period_start")
  public String periodStart;

  @Column(name = "period_end")
  public String periodEnd;

  @Column(name = "submitted_on")
  public LocalDate submittedOn;

  @Enumerated(EnumType.STRING)
  public PlanStatus status;

  @Version
  public long version;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  protected ActionPlan() {}

  public static ActionPlan draft(String memberCode, int number, Period period, Instant at) {
    ActionPlan p = new ActionPlan();
    p.id = CommitmentIds.plan(memberCode, number);
    p.memberCode = memberCode;
    p.number = number;
    p.periodStart = period.start();
    p.periodEnd = period.end();
    p.status = PlanStatus.DRAFT;
    p.createdAt = at;
    p.updatedAt = at;
    return p;
  }

  /** A plan of the past, as the OGP export records it: submitted in its first year. */
  public static ActionPlan imported(String memberCode, int number, Period period,
      PlanStatus status, Instant at) {
    ActionPlan p = draft(memberCode, number, period, at);
    p.status = status;
    return p;
  }

  public Period period() {
    return new Period(periodStart, periodEnd);
  }

  public void reschedule(Period period, Instant at) {
    periodStart = period.start();
    periodEnd = period.end();
    updatedAt = at;
  }

  /**
   * Moves the plan to {@code to} if its life allows it; submitting records the day.
   *
   * @throws IllegalStateException when the transition is not allowed
   */
  public void moveTo(PlanStatus to, Instant at) {
    if (!status.next().contains(to)) {
      throw new IllegalStateException("A " + status.code() + " plan cannot become " + to.code()
          + (status.next().isEmpty() ? "" : "; allowed: " + status.next().stream()
              .map(PlanStatus::code).toList()));
    }
    if (to == PlanStatus.SUBMITTED && submittedOn == null) {
      submittedOn = LocalDate.ofInstant(at, ZoneOffset.UTC);
    }
    status = to;
    updatedAt = at;
  }
}
