package org.ogptracker.reports.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ogptracker.platform.inbox.ConsumedEvent;
import org.ogptracker.platform.inbox.EventFields;
import org.ogptracker.platform.inbox.PoisonEventException;
import org.ogptracker.platform.inbox.ReplicaVersions;
import org.ogptracker.reports.domain.CommitmentReplica;
import org.ogptracker.reports.domain.Deadline;
import org.ogptracker.reports.domain.DeadlineKind;
import org.ogptracker.reports.domain.MilestoneReplica;
import org.ogptracker.reports.domain.PlanReplica;
import org.ogptracker.reports.domain.PlanStatus;
import org.ogptracker.reports.domain.ProcessDeadlines;
import org.ogptracker.reports.domain.TimelineEntry;

/**
 * The report side's copy of plans, as commitments-service's events tell it: the plan, commitment
 * and milestone replicas, each plan's process deadlines and its timeline of events. A copy takes
 * an event only if it carries a newer version of its plan, commitment or milestone, so a replay
 * never moves it back; the timeline keeps every event it receives.
 */
@ApplicationScoped
public class PlanReplicas {
  private final EntityManager em;
  private final Clock clock;

  PlanReplicas(EntityManager em, Clock clock) {
    this.em = em;
    this.clock = clock;
  }

  /** What this service reads of any event about a plan: the plan it is about. */
  public record PlanEvent(String planId) {
    public PlanEvent {
      EventFields.required(planId, "planId");
    }
  }

  /** A plan as it now is (ogp.action-plan.created/updated/submitted/status-changed.v1). */
  public record PlanChanged(String planId, String memberCode, int number, String periodStart,
      String periodEnd, LocalDate submittedOn, String status, Long version) {
    public PlanChanged {
      EventFields.required(planId, "planId");
      EventFields.memberCode(memberCode, "memberCode");
      EventFields.required(periodStart, "periodStart");
      EventFields.required(periodEnd, "periodEnd");
      EventFields.required(status, "status");
    }
  }

  /** A commitment as it now is (ogp.commitment.registered/updated.v1). */
  public record CommitmentChanged(String commitmentId, String planId, String memberCode,
      String title, Long version) {
    public CommitmentChanged {
      EventFields.required(commitmentId, "commitmentId");
      EventFields.required(planId, "planId");
      EventFields.memberCode(memberCode, "memberCode");
      EventFields.required(title, "title");
    }
  }

  /** A milestone as added (ogp.milestone.added.v1). */
  public record MilestoneAdded(String milestoneId, String commitmentId, String planId,
      String description, LocalDate dueDate, String status, int percentComplete, Long version) {
    public MilestoneAdded {
      EventFields.required(milestoneId, "milestoneId");
      EventFields.required(commitmentId, "commitmentId");
      EventFields.required(planId, "planId");
      EventFields.required(status, "status");
    }
  }

  /** A progress update, with the milestone's state after it (ogp.milestone.progress-reported.v1). */
  public record ProgressReported(String milestoneId, String commitmentId, String planId,
      String status, int percentComplete, Long milestoneVersion) {
    public ProgressReported {
      EventFields.required(milestoneId, "milestoneId");
      EventFields.required(commitmentId, "commitmentId");
      EventFields.required(planId, "planId");
      EventFields.required(status, "status");
    }
  }

  /** The plan and, derived from it, its process deadlines. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void apply(PlanChanged e) {
    PlanReplica p = em.find(PlanReplica.class, e.planId());
    if (p != null && !ReplicaVersions.isNewer(p.version, e.version())) {
      return;
    }
    Map<DeadlineKind, LocalDate> due;
    try {
      due = ProcessDeadlines.of(e.submittedOn(), e.periodEnd(),
          PlanStatus.fromCode(e.status()));
    } catch (RuntimeException ex) {
      throw new PoisonEventException("unreadable period end " + e.periodEnd());
    }
    boolean first = p == null;
    if (first) {
      p = new PlanReplica();
      p.id = e.planId();
    }
    p.memberCode = e.memberCode();
    p.number = e.number();
    p.periodStart = e.periodStart();
    p.periodEnd = e.periodEnd();
    p.submittedOn = e.submittedOn();
    p.status = e.status();
    p.version = e.version();
    p.updatedAt = clock.instant();
    if (first) {
      em.persist(p);
    }
    // Changed in place, so that a deadline's missed report (DeadlineCheck) stays recorded.
    List<Deadline> held = em.createQuery("from Deadline where id.planId = :p", Deadline.class)
        .setParameter("p", e.planId()).getResultList();
    held.stream().filter(d -> !due.containsKey(d.id.kind())).forEach(em::remove);
    due.forEach((kind, day) -> {
      Deadline d = em.find(Deadline.class, new Deadline.Key(e.planId(), kind));
      if (d == null) {
        d = new Deadline();
        d.id = new Deadline.Key(e.planId(), kind);
        d.dueOn = day;
        em.persist(d);
      } else {
        d.dueOn = day;
      }
    });
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void apply(CommitmentChanged e) {
    CommitmentReplica c = em.find(CommitmentReplica.class, e.commitmentId());
    if (c != null && !ReplicaVersions.isNewer(c.version, e.version())) {
      return;
    }
    boolean first = c == null;
    if (first) {
      c = new CommitmentReplica();
      c.id = e.commitmentId();
    }
    c.planId = e.planId();
    c.memberCode = e.memberCode();
    c.title = e.title();
    c.version = e.version();
    c.updatedAt = clock.instant();
    if (first) {
      em.persist(c);
    }
  }

  /**
   * A milestone's description and due date never change once added: they are taken whenever
   * missing (a replayed addition after its progress still fills them in); its state only when
   * newer.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void apply(MilestoneAdded e) {
    MilestoneReplica m = milestone(e.milestoneId(), e.commitmentId(), e.planId());
    if (m.description == null) {
      m.description = e.description();
      m.dueDate = e.dueDate();
    }
    progressed(m, e.status(), e.percentComplete(), e.version());
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void apply(ProgressReported e) {
    MilestoneReplica m = milestone(e.milestoneId(), e.commitmentId(), e.planId());
    progressed(m, e.status(), e.percentComplete(), e.milestoneVersion());
  }

  /** Keeps the event on its plan's timeline, whatever its type. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(ConsumedEvent e, String planId) {
    TimelineEntry t = new TimelineEntry();
    t.planId = planId;
    t.eventId = e.id();
    t.type = e.type();
    t.subject = e.subject();
    t.occurredAt = e.time();
    t.receivedAt = Instant.now(clock);
    t.data = e.data().toString();
    em.persist(t);
  }

  private MilestoneReplica milestone(String id, String commitmentId, String planId) {
    MilestoneReplica m = em.find(MilestoneReplica.class, id);
    if (m == null) {
      m = new MilestoneReplica();
      m.id = id;
      m.commitmentId = commitmentId;
      m.planId = planId;
      m.status = "not_started";
      m.updatedAt = clock.instant();
      em.persist(m);
    }
    return m;
  }

  private void progressed(MilestoneReplica m, String status, int percentComplete, Long version) {
    if (ReplicaVersions.isNewer(m.version, version)) {
      m.status = status;
      m.percentComplete = percentComplete;
      m.version = version;
      m.updatedAt = clock.instant();
    }
  }
}
