package org.ogptracker.commitments.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.ogptracker.commitments.domain.ActionPlan;
import org.ogptracker.commitments.domain.Commitment;
import org.ogptracker.commitments.domain.CommitmentIds;
import org.ogptracker.commitments.events.CommitmentEvents;
import org.ogptracker.platform.http.Etags;
import org.ogptracker.platform.outbox.Outbox;
import org.ogptracker.platform.problem.Problems;
import org.ogptracker.platform.security.Caller;

/** Use cases on commitments, and their list with filters and full-text search. */
@ApplicationScoped
public class CommitmentService {
  private final EntityManager em;
  private final PlanService plans;
  private final Outbox outbox;
  private final Clock clock;

  CommitmentService(EntityManager em, PlanService plans, Outbox outbox, Clock clock) {
    this.em = em;
    this.plans = plans;
    this.outbox = outbox;
    this.clock = clock;
  }

  /** Adds a commitment to an open plan, with the member's next commitment id. */
  @Transactional
  public Commitment create(String planId, CommitmentDraft d, Caller caller) {
    ActionPlan plan = plans.require(planId);
    caller.requireActsFor(plan.memberCode);
    plans.hold(plan);
    if (!plan.status.open()) {
      throw Problems.conflict("A " + plan.status.code() + " plan takes no new commitments");
    }
    String prefix = CommitmentIds.commitmentPrefix(plan.memberCode);
    em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))")
        .setParameter(1, "commitment:" + prefix).getSingleResult();
    Number last = (Number) em.createNativeQuery("""
            select coalesce(max(substring(id from ?2)::int), 0) from commitment
            where id like ?1 and substring(id from ?2) ~ '^[0-9]{4}$'""")
        .setParameter(1, prefix + "%").setParameter(2, prefix.length() + 1).getSingleResult();
    Commitment c = new Commitment();
    c.id = CommitmentIds.commitment(prefix, last.intValue() + 1);
    c.planId = plan.id;
    c.memberCode = plan.memberCode;
    Instant now = clock.instant();
    c.createdAt = now;
    apply(c, d, now);
    em.persist(c);
    em.flush();
    outbox.add(CommitmentEvents.commitment(CommitmentEvents.COMMITMENT_REGISTERED, c));
    return c;
  }

  @Transactional
  public Commitment update(String id, CommitmentDraft changes, String ifMatch, Caller caller) {
    Commitment c = require(id);
    caller.requireActsFor(c.memberCode);
    Etags.requireMatch(ifMatch, c.version);
    ActionPlan plan = plans.hold(c.planId);
    if (!plan.status.open()) {
      throw Problems.conflict("The commitments of a " + plan.status.code() + " plan cannot change");
    }
    apply(c, changes, clock.instant());
    em.flush();
    outbox.add(CommitmentEvents.commitment(CommitmentEvents.COMMITMENT_UPDATED, c));
    return c;
  }

  /** Copies the non-null fields of {@code d} onto {@code c}. */
  public static void apply(Commitment c, CommitmentDraft d, Instant at) {
    if (d.title() != null) {
      c.title = d.title();
    }
    if (d.description() != null) {
      c.description = d.description();
    }
    if (d.leadInstitution() != null) {
      c.leadInstitution = d.leadInstitution();
    }
    if (d.supportingInstitutions() != null) {
      c.supportingInstitutions = List.copyOf(d.supportingInstitutions());
    }
    if (d.startDate() != null) {
      c.startDate = d.startDate();
    }
    if (d.endDate() != null) {
      c.endDate = d.endDate();
    }
    if (c.startDate != null && c.endDate != null && c.endDate.isBefore(c.startDate)) {
      throw Problems.invalidField("endDate", "is before startDate");
    }
    if (d.grandChallenges() != null) {
      c.grandChallenges = List.copyOf(d.grandChallenges());
    }
    if (d.ogpValues() != null) {
      c.ogpValues = List.copyOf(d.ogpValues());
    }
    if (d.themes() != null) {
      c.themes = List.copyOf(d.themes());
    }
    if (d.sourceUrl() != null) {
      c.sourceUrl = d.sourceUrl();
    }
    c.updatedAt = at;
  }

  public Commitment require(String id) {
    Commitment c = em.find(Commitment.class, id);
    if (c == null) {
      throw Problems.notFound("commitment", id);
    }
    return c;
  }
}
