package org.ogptracker.commitments.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.ogptracker.commitments.domain.ActionPlan;
import org.ogptracker.commitments.domain.Commitment;
import org.ogptracker.commitments.domain.CommitmentIds;
import org.ogptracker.commitments.domain.Milestone;
import org.ogptracker.commitments.domain.MilestoneStatus;
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

  /**
   * Appends a progress update; the milestone now stands where it says ({@link
   * Milestone.Standing#after}, the rule an import follows too). Returns the update as recorded,
   * with its owners: the event's data.
   *
   * <p>In SQL rather than through entities: this is the suite's hottest write, and loading the
   * commitment (its description, its arrays), the milestone and the plan as entities, then
   * dirty-checking and flushing them, cost commitments-service more CPU than the statements did.
   */
  @Transactional
  @SuppressWarnings("unchecked")
  public CommitmentEvents.ProgressData report(String milestoneId, Progress progress, String note,
      List<String> evidence, Caller caller) {
    // The milestone's id names its commitment: the caller is authorized on it before any lock.
    String commitmentId = CommitmentIds.commitmentOf(milestoneId);
    List<Object[]> owners = commitmentId == null ? List.of() : em.createNativeQuery(
            "select member_code, plan_id from commitment where id = ?1")
        .setParameter(1, commitmentId).getResultList();
    if (owners.isEmpty()) {
      throw Problems.notFound("milestone", milestoneId);
    }
    String memberCode = (String) owners.get(0)[0];
    String planId = (String) owners.get(0)[1];
    caller.requireActsFor(memberCode);
    // Updates of one milestone queue on its row: concurrent reports all append, in order; the
    // plan's status holds until this one commits.
    List<Object[]> locked = em.createNativeQuery("""
            select status, percent_complete, updates, version from milestone
            where id = ?1 for no key update""")
        .setParameter(1, milestoneId).getResultList();
    if (locked.isEmpty()) {
      throw Problems.notFound("milestone", milestoneId);
    }
    Object[] m = locked.get(0);
    Milestone.Standing next = new Milestone.Standing(MilestoneStatus.valueOf((String) m[0]),
        ((Number) m[1]).intValue(), ((Number) m[2]).intValue(), ((Number) m[3]).longValue())
        .after(progress);
    if (!plans.holdStatus(planId).takesProgress()) {
      throw Problems.conflict("The plan was withdrawn; it takes no progress updates");
    }
    Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
    String author = caller.subject();
    long id = ((Number) em.createNativeQuery("""
            insert into progress_update (milestone_id, status, percent_complete, note,
                                         evidence_urls, author, reported_at)
            values (?1, ?2, ?3, ?4, cast(?5 as text[]), ?6, ?7) returning id""")
        .setParameter(1, milestoneId).setParameter(2, progress.status().name())
        .setParameter(3, progress.percentComplete()).setParameter(4, note)
        .setParameter(5, evidence.toArray(new String[0])).setParameter(6, author)
        .setParameter(7, at).getSingleResult()).longValue();
    em.createNativeQuery("""
            update milestone set status = ?2, percent_complete = ?3, updates = ?4, version = ?5,
                   updated_at = ?6
            where id = ?1""")
        .setParameter(1, milestoneId).setParameter(2, next.status().name())
        .setParameter(3, next.percentComplete()).setParameter(4, next.updates())
        .setParameter(5, next.version()).setParameter(6, at).executeUpdate();
    CommitmentEvents.ProgressData recorded = new CommitmentEvents.ProgressData(id, milestoneId,
        commitmentId, planId, memberCode, progress.status().code(), progress.percentComplete(),
        note, List.copyOf(evidence), author, at, next.version());
    outbox.add(CommitmentEvents.progressReported(recorded));
    return recorded;
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
