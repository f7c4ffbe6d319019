package org.ogptracker.commitments.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ogptracker.commitments.domain.ActionPlan;
import org.ogptracker.commitments.domain.Commitment;
import org.ogptracker.commitments.domain.CommitmentIds;
import org.ogptracker.commitments.domain.Milestone;
import org.ogptracker.commitments.domain.Progress;
import org.ogptracker.commitments.domain.ProgressUpdate;
import org.ogptracker.commitments.events.CommitmentEvents;
import org.ogptracker.platform.outbox.Outbox;
import org.ogptracker.platform.paging.PageRequest;
import org.ogptracker.platform.problem.Problems;
import org.ogptracker.platform.security.Caller;

/** Milestones and the progress reported on them. */
@ApplicationScoped
public class MilestoneService {
  private final EntityManager em;
  private final CommitmentService commitments;
  private final PlanService plans;
  private final Outbox outbox;
  private final Clock clock;

  MilestoneService(EntityManager em, CommitmentService commitments, PlanService plans,
      Outbox outbox, Clock clock) {
    this.em = em;
    this.commitments = commitments;
    this.plans = plans;
    this.outbox = outbox;
    this.clock = clock;
  }

  @Transactional
  public Milestone add(String commitmentId, String description, LocalDate dueDate, Caller caller) {
    Commitment c = commitments.require(commitmentId);
    caller.requireActsFor(c.memberCode);
    ActionPlan plan = plans.hold(c.planId);
    if (!plan.status.open()) {
      throw Problems.conflict("A " + plan.status.code() + " plan takes no new milestones");
    }
    // Lock the commitment row so two milestones added at once get different numbers.
    em.lock(c, LockModeType.PESSIMISTIC_WRITE);
    Integer last = em.createQuery("select max(number) from Milestone where commitmentId = :c",
        Integer.class).setParameter("c", commitmentId).getSingleResult();
    Milestone m = Milestone.of(commitmentId, last == null ? 1 : last + 1, description, dueDate,
        clock.instant());
    em.persist(m);
    em.flush();
    outbox.add(CommitmentEvents.milestoneAdded(m, c));
    return m;
  }

  /** Appends a progress update; the milestone now stands where it says. */
  @Transactional
  public ProgressUpdate report(String milestoneId, Progress progress, String note,
      List<String> evidence, Caller caller) {
    // The milestone's id names its commitment: the caller is authorized on it before any lock.
    String commitmentId = CommitmentIds.commitmentOf(milestoneId);
    Commitment c = commitmentId == null ? null : em.find(Commitment.class, commitmentId);
    if (c == null) {
      throw Problems.notFound("milestone", milestoneId);
    }
    caller.requireActsFor(c.memberCode);
    // Updates of one milestone queue on its row: concurrent reports all append, in order; the
    // plan's status holds until this one commits.
    Milestone m = em.find(Milestone.class, milestoneId, LockModeType.PESSIMISTIC_WRITE);
    if (m == null) {
      throw Problems.notFound("milestone", milestoneId);
    }
    ActionPlan plan = plans.hold(c.planId);
    if (!plan.status.takesProgress()) {
      throw Problems.conflict("The plan was withdrawn; it takes no progress updates");
    }
    ProgressUpdate u = m.report(progress, note, evidence, caller.subject(), clock.instant());
    em.persist(u);
    em.flush();
    outbox.add(CommitmentEvents.progressReported(u, m, c));
    return u;
  }

  public Milestone require(String id) {
    Milestone m = em.find(Milestone.class, id);
    if (m == null) {
      throw Problems.notFound("milestone", id);
    }
    return m;
  }

  @Transactional
  public Optional<Milestone> find(String id) {
    return Optional.ofNullable(em.find(Milestone.class, id));
  }

  @Transactional
  public List<Milestone> ofCommitment(String commitmentId, PageRequest page) {
    commitments.require(commitmentId);
    int after = (int) page.afterNumber(0, 0);
    return em.createQuery("from Milestone where commitmentId = :c and number > :after "
            + "order by number", Milestone.class)
        .setParameter("c", commitmentId).setParameter("after", after)
        .setMaxResults(page.limit() + 1).getResultList();
  }

  /** Newest first. */
  @Transactional
  public List<ProgressUpdate> history(String milestoneId, PageRequest page) {
    require(milestoneId);
    long before = page.afterNumber(0, Long.MAX_VALUE);
    return em.createQuery("from ProgressUpdate where milestoneId = :m and id < :before "
            + "order by id desc", ProgressUpdate.class)
        .setParameter("m", milestoneId).setParameter("before", before)
        .setMaxResults(page.limit() + 1).getResultList();
  }
}
