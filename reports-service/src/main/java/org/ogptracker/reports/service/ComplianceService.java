package org.ogptracker.reports.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ogptracker.platform.paging.PageRequest;
import org.ogptracker.reports.domain.DeadlineState;
import org.ogptracker.reports.domain.DeadlineStatus;
import org.ogptracker.reports.domain.PlanReplica;

/** Each member's process deadlines, cycle by cycle (one cycle per action plan). */
@ApplicationScoped
public class ComplianceService {
  private final EntityManager em;
  private final PlanTrackingService tracking;

  ComplianceService(EntityManager em, PlanTrackingService tracking) {
    this.em = em;
    this.tracking = tracking;
  }

  /** One plan's deadlines; contrary to process when the member missed one of its own. */
  public record Cycle(PlanReplica plan, List<DeadlineStatus> deadlines) {
    public long missed() {
      return deadlines.stream().filter(d -> d.state() == DeadlineState.MISSED).count();
    }

    public boolean contraryToProcess() {
      return deadlines.stream()
          .anyMatch(d -> d.state() == DeadlineState.MISSED && d.kind().byGovernment());
    }
  }

  /** A member and its cycles in plan order. */
  public record MemberCompliance(String memberCode, List<Cycle> cycles) {}

  /** Members in code order (one member with {@code country}), a page of them. */
  @Transactional
  public List<MemberCompliance> members(String country, PageRequest page, LocalDate today) {
    String where = country != null ? "memberCode = :country"
        : page.first() ? "true = true" : "memberCode > :after";
    var codes = em.createQuery("select distinct memberCode from PlanReplica where " + where
        + " order by memberCode", String.class);
    if (country != null) {
      codes.setParameter("country", country);
    } else if (!page.first()) {
      codes.setParameter("after", page.after(0));
    }
    List<String> members = codes.setMaxResults(page.limit() + 1).getResultList();
    if (members.isEmpty()) {
      return List.of();
    }
    List<PlanReplica> plans = em.createQuery("from PlanReplica where memberCode in (:m) "
            + "order by memberCode, number, id", PlanReplica.class)
        .setParameter("m", members).getResultList();
    Map<String, List<DeadlineStatus>> deadlines =
        tracking.deadlines(plans.stream().map(p -> p.id).toList(), today);
    Map<String, List<Cycle>> byMember = new LinkedHashMap<>();
    members.forEach(m -> byMember.put(m, new ArrayList<>()));
    for (PlanReplica p : plans) {
      byMember.get(p.memberCode).add(new Cycle(p, deadlines.getOrDefault(p.id, List.of())));
    }
    return byMember.entrySet().stream()
        .map(e -> new MemberCompliance(e.getKey(), e.getValue())).toList();
  }
}
