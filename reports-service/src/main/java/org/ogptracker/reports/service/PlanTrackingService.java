package org.ogptracker.reports.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.ogptracker.platform.paging.PageRequest;
import org.ogptracker.platform.problem.Problems;
import org.ogptracker.reports.domain.Deadline;
import org.ogptracker.reports.domain.PlanReplica;
import org.ogptracker.reports.domain.TimelineEntry;

/** A plan's timeline and deadlines, as the events built them. */
@ApplicationScoped
public class PlanTrackingService {
  private final EntityManager em;

  PlanTrackingService(EntityManager em) {
    this.em = em;
  }

  @Transactional
  public PlanReplica plan(String planId) {
    PlanReplica p = em.find(PlanReplica.class, planId);
    if (p == null) {
      throw Problems.notFound("action plan", planId);
    }
    return p;
  }

  @Transactional
  public List<Deadline> deadlines(String planId) {
    return em.createQuery("from Deadline where id.planId = :p order by dueOn, id.kind",
        Deadline.class).setParameter("p", planId).getResultList();
  }

  /** Up to {@code limit + 1} entries in the order received, after the cursor. */
  @Transactional
  public List<TimelineEntry> timeline(String planId, PageRequest page) {
    long after = page.afterNumber(0, 0);
    return em.createQuery("from TimelineEntry where planId = :p and seq > :after order by seq",
            TimelineEntry.class)
        .setParameter("p", planId).setParameter("after", after)
        .setMaxResults(page.limit() + 1).getResultList();
  }
}
