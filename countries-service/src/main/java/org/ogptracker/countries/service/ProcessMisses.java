package org.ogptracker.countries.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.jboss.logging.Logger;
import org.ogptracker.countries.domain.Member;
import org.ogptracker.countries.domain.MemberStatus;
import org.ogptracker.countries.domain.ProceduralReview;
import org.ogptracker.platform.inbox.EventFields;
import org.ogptracker.platform.inbox.PoisonEventException;

/**
 * The process deadlines members missed, as reports-service reports them, and the procedural
 * review they start: a member that acted contrary to process in two consecutive cycles is put
 * under review, with the reason in its status history.
 */
@ApplicationScoped
public class ProcessMisses {
  private static final Logger LOG = Logger.getLogger(ProcessMisses.class);

  private final EntityManager em;
  private final CountryService countries;
  private final Clock clock;

  ProcessMisses(EntityManager em, CountryService countries, Clock clock) {
    this.em = em;
    this.countries = countries;
    this.clock = clock;
  }

  /**
   * What this service reads of a missed deadline (ogp.process.deadline-missed.v1).
   *
   * @param cycle the plan's number: consecutive plans are consecutive cycles
   * @param contraryToProcess the member's own deadline, not the IRM's
   */
  public record DeadlineMissed(String planId, String memberCode, int cycle, String deadline,
      LocalDate dueOn, boolean contraryToProcess) {
    public DeadlineMissed {
      EventFields.required(planId, "planId");
      EventFields.memberCode(memberCode, "memberCode");
      EventFields.required(deadline, "deadline");
      EventFields.required(dueOn, "dueOn");
      if (cycle < 1) {
        throw new PoisonEventException("'cycle' must be a plan number, not " + cycle);
      }
    }
  }

  /**
   * Records a miss of the member's own; if it makes two consecutive cycles, the member goes
   * under review. A miss already recorded changes nothing: its review was decided when it first
   * came, so a replay cannot put back under review a member an administrator has since restored.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(DeadlineMissed miss) {
    if (!miss.contraryToProcess()) {
      return;
    }
    // The member row is locked first: misses of one member are decided one at a time.
    Member m = em.find(Member.class, miss.memberCode(), LockModeType.PESSIMISTIC_WRITE);
    int recorded = em.createNativeQuery("""
            insert into process_miss (plan_id, deadline, member_code, cycle, due_on, recorded_at)
            values (?1, ?2, ?3, ?4, ?5, ?6) on conflict do nothing""")
        .setParameter(1, miss.planId()).setParameter(2, miss.deadline())
        .setParameter(3, miss.memberCode()).setParameter(4, miss.cycle())
        .setParameter(5, miss.dueOn()).setParameter(6, clock.instant())
        .executeUpdate();
    if (recorded == 0) {
      return;
    }
    if (m == null) {
      LOG.warnf("missed deadline of unknown member %s (%s) recorded", miss.memberCode(),
          miss.planId());
      return;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> misses = em.createNativeQuery("select cycle, plan_id, deadline, due_on "
            + "from process_miss where member_code = ?1 order by cycle, deadline")
        .setParameter(1, miss.memberCode()).getResultList();
    TreeSet<Integer> cycles = new TreeSet<>();
    misses.forEach(r -> cycles.add(((Number) r[0]).intValue()));
    ProceduralReview.consecutive(cycles, miss.cycle())
        .filter(pair -> ProceduralReview.applies(m.status))
        .ifPresent(pair -> countries.changeStatus(m, MemberStatus.UNDER_REVIEW,
            "Acted contrary to OGP process in two consecutive cycles: " + describe(misses, pair),
            "reports-service"));
  }

  private static String describe(List<Object[]> misses, int[] pair) {
    StringBuilder s = new StringBuilder();
    for (Object[] r : misses) {
      int c = ((Number) r[0]).intValue();
      if (c == pair[0] || c == pair[1]) {
        s.append(s.length() == 0 ? "" : "; ").append(r[1]).append(" missed ").append(r[2])
            .append(" due ").append(r[3]);
      }
    }
    return s.toString();
  }
}
