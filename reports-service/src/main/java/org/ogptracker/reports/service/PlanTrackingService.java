package org.ogptracker.reports.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ogptracker.platform.db.SqlValues;
import org.ogptracker.platform.paging.PageRequest;
import org.ogptracker.platform.problem.Problems;
import org.ogptracker.reports.domain.DeadlineKind;
import org.ogptracker.reports.domain.DeadlineStatus;
import org.ogptracker.reports.domain.PlanReplica;
import org.ogptracker.reports.domain.ReportKind;
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

  /** The deadlines of a plan on {@code today}, met by the first published report of their kind. */
  @Transactional
  public List<DeadlineStatus> deadlines(String planId, LocalDate today) {
    return deadlines(List.of(planId), today).getOrDefault(planId, List.of());
  }

  /** The deadlines of each plan on {@code today}, in one query. */
  @Transactional
  public Map<String, List<DeadlineStatus>> deadlines(Collection<String> planIds, LocalDate today) {
    Map<String, List<DeadlineStatus>> byPlan = new LinkedHashMap<>();
    if (planIds.isEmpty()) {
      return byPlan;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery("select d.plan_id, d.kind, d.due_on, "
            + "(select min(r.published_on) from report r where r.plan_id = d.plan_id "
            + "and r.kind = " + REPORT_KIND_MEETING + " and r.status = 'PUBLISHED') "
            + "from deadline d where d.plan_id in (:plans) order by d.plan_id, d.due_on, d.kind")
        .setParameter("plans", planIds).getResultList();
    for (Object[] r : rows) {
      byPlan.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add(DeadlineStatus.of(
          DeadlineKind.valueOf((String) r[1]), SqlValues.localDate(r[2]),
          SqlValues.localDate(r[3]), today));
    }
    return byPlan;
  }

  /** SQL: the report kind meeting deadline {@code d}. */
  static final String REPORT_KIND_MEETING = Arrays.stream(DeadlineKind.values())
      .map(k -> "when '" + k.name() + "' then '" + ReportKind.meeting(k).name() + "'")
      .collect(Collectors.joining(" ", "(case d.kind ", " end)"));

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
