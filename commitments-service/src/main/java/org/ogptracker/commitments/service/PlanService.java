package org.ogptracker.commitments.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ogptracker.commitments.domain.ActionPlan;
import org.ogptracker.commitments.domain.MemberReplica;
import org.ogptracker.commitments.domain.Period;
import org.ogptracker.commitments.domain.PlanStatus;
import org.ogptracker.commitments.events.CommitmentEvents;
import org.ogptracker.platform.http.Etags;
import org.ogptracker.platform.outbox.Outbox;
import org.ogptracker.platform.paging.PageRequest;
import org.ogptracker.platform.problem.Problems;
import org.ogptracker.platform.security.Caller;

/** Use cases on action plans; each writes its change and its event in one transaction. */
@ApplicationScoped
public class PlanService {
  private final EntityManager em;
  private final Outbox outbox;
  private final Clock clock;

  PlanService(EntityManager em, Outbox outbox, Clock clock) {
    this.em = em;
    this.outbox = outbox;
    this.clock = clock;
  }

  /** Filters of the plan list; null means any. */
  public record Filter(String country, PlanStatus status, Integer year) {}

  /**
   * A new draft plan with the member's next number. Only an active member (as countries-service
   * last announced) gets one: 409 otherwise.
   */
  @Transactional
  public ActionPlan create(String memberCode, Period period, Caller caller) {
    caller.requireActsFor(memberCode);
    MemberReplica member = em.find(MemberReplica.class, memberCode);
    if (member == null) {
      throw Problems.conflict("Member '" + memberCode + "' is not known (yet) to this service; "
          + "only an active member may get a new plan");
    }
    if (!member.active()) {
      throw Problems.conflict("Member '" + memberCode + "' is " + member.status
          + "; only an active member may get a new plan");
    }
    lockMember(memberCode);
    Integer last = em.createQuery("select max(number) from ActionPlan where memberCode = :m",
        Integer.class).setParameter("m", memberCode).getSingleResult();
    ActionPlan plan = ActionPlan.draft(memberCode, last == null ? 1 : last + 1, period,
        clock.instant());
    em.persist(plan);
    em.flush();
    outbox.add(CommitmentEvents.planCreated(plan));
    return plan;
  }

  @Transactional
  public ActionPlan reschedule(String id, Period period, String ifMatch, Caller caller) {
    ActionPlan plan = require(id);
    caller.requireActsFor(plan.memberCode);
    Etags.requireMatch(ifMatch, plan.version);
    if (!plan.status.open()) {
      throw Problems.conflict("A " + plan.status.code() + " plan cannot change");
    }
    plan.reschedule(period, clock.instant());
    em.flush();
    outbox.add(CommitmentEvents.planUpdated(plan));
    return plan;
  }

  @Transactional
  public ActionPlan changeStatus(String id, PlanStatus to, String ifMatch, Caller caller) {
    ActionPlan plan = require(id);
    caller.requireActsFor(plan.memberCode);
    Etags.requireMatchIfSent(ifMatch, plan.version);
    String previous = plan.status.code();
    try {
      plan.moveTo(to, clock.instant());
    } catch (IllegalStateException e) {
      throw Problems.conflict(e.getMessage());
    }
    em.flush();
    outbox.add(CommitmentEvents.planStatusChanged(plan, previous));
    return plan;
  }

  /**
   * Holds the plan's status until the transaction ends: re-reads its row under a shared lock,
   * so a status change waits for this write to commit, and this write sees a status committed
   * before it (a withdrawal and a new commitment racing each other can no longer both succeed).
   * Take it after the caller is authorized, so a refused caller never holds a lock.
   */
  public ActionPlan hold(ActionPlan plan) {
    em.refresh(plan, LockModeType.PESSIMISTIC_READ);
    return plan;
  }

  /** {@link #hold(ActionPlan)} in one statement, for a caller authorized by another row. */
  public ActionPlan hold(String id) {
    ActionPlan plan = em.find(ActionPlan.class, id, LockModeType.PESSIMISTIC_READ);
    if (plan == null) {
      throw Problems.notFound("action plan", id);
    }
    return plan;
  }

  /**
   * {@link #hold(String)} for a write that needs the plan's status only: the same shared lock,
   * without loading the plan as an entity.
   */
  public PlanStatus holdStatus(String id) {
    List<?> status = em.createNativeQuery("select status from action_plan where id = ?1 for share")
        .setParameter(1, id).getResultList();
    if (status.isEmpty()) {
      throw Problems.notFound("action plan", id);
    }
    return PlanStatus.valueOf((String) status.get(0));
  }

  public ActionPlan require(String id) {
    ActionPlan plan = em.find(ActionPlan.class, id);
    if (plan == null) {
      throw Problems.notFound("action plan", id);
    }
    return plan;
  }

  @Transactional
  public Optional<ActionPlan> find(String id) {
    return Optional.ofNullable(em.find(ActionPlan.class, id));
  }

  @Transactional
  public List<ActionPlan> list(Filter f, PageRequest page) {
    List<String> where = new ArrayList<>();
    if (f.country() != null) {
      where.add("memberCode = :country");
    }
    if (f.status() != null) {
      where.add("status = :status");
    }
    if (f.year() != null) {
      where.add("cast(substring(periodStart, 1, 4) as Integer) <= :year "
          + "and cast(substring(periodEnd, 1, 4) as Integer) >= :year");
    }
    if (!page.first()) {
      where.add("id > :after");
    }
    var q = em.createQuery("from ActionPlan" + (where.isEmpty() ? "" : " where "
        + String.join(" and ", where)) + " order by id", ActionPlan.class);
    if (f.country() != null) {
      q.setParameter("country", f.country());
    }
    if (f.status() != null) {
      q.setParameter("status", f.status());
    }
    if (f.year() != null) {
      q.setParameter("year", f.year());
    }
    if (!page.first()) {
      q.setParameter("after", page.after(0));
    }
    return q.setMaxResults(page.limit() + 1).getResultList();
  }

  /** Serializes numbering per member: two plans created at once get different numbers. */
  void lockMember(String memberCode) {
    em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))")
        .setParameter(1, "plan:" + memberCode).getSingleResult();
  }
}
