package org.ogptracker.commitments.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.ogptracker.commitments.domain.MilestoneStatus;
import org.ogptracker.commitments.events.CommitmentEvents;
import org.ogptracker.commitments.events.CommitmentEvents.MilestoneData;
import org.ogptracker.platform.db.SqlValues;
import org.ogptracker.platform.outbox.Outbox;

/**
 * Finds the milestones that became overdue and publishes each once as
 * {@code ogp.milestone.overdue.v1}: due before today, neither complete nor withdrawn, of a plan
 * in implementation. Rows are claimed with {@code for update skip locked}, so two instances never
 * report the same milestone. Milestones due before {@code ogp.milestones.overdue-from} are not
 * reported: the suite did not track them (an import brings years of history).
 */
@ApplicationScoped
public class OverdueMilestones {
  private static final Logger LOG = Logger.getLogger(OverdueMilestones.class);
  static final int BATCH = 200;

  private final EntityManager em;
  private final Outbox outbox;
  private final Clock clock;
  private final LocalDate overdueFrom;

  OverdueMilestones(EntityManager em, Outbox outbox, Clock clock,
      @ConfigProperty(name = "ogp.milestones.overdue-from") LocalDate overdueFrom) {
    this.em = em;
    this.outbox = outbox;
    this.clock = clock;
    this.overdueFrom = overdueFrom;
  }

  // Not once the application is stopping: a check that fired then met a closed database layer.
  @Scheduled(every = "${ogp.milestones.overdue-check-interval}",
      delayed = "${ogp.milestones.overdue-check-delay}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  void scheduled() {
    int reported = reportOverdue();
    if (reported > 0) {
      LOG.infof("reported %d overdue milestones", reported);
    }
  }

  /** Reports every overdue milestone not yet reported; returns how many. */
  public int reportOverdue() {
    int total = 0;
    int batch;
    do {
      batch = reportBatch(LocalDate.now(clock));
      total += batch;
    } while (batch == BATCH);
    return total;
  }

  @Transactional
  int reportBatch(LocalDate today) {
    @SuppressWarnings("unchecked")
    List<Object[]> overdue = em.createNativeQuery("""
            select m.id, c.id, c.plan_id, c.member_code, m.description, m.due_date, m.status,
                   m.percent_complete, m.version
            from milestone m
            join commitment c on c.id = m.commitment_id
            join action_plan p on p.id = c.plan_id
            where m.overdue_reported_at is null and m.status in ('NOT_STARTED', 'IN_PROGRESS')
              and m.due_date < :today and m.due_date >= :overdueFrom
              and p.status = 'IN_IMPLEMENTATION'
            order by m.due_date, m.id
            limit %d
            for update of m skip locked""".formatted(BATCH))
        .setParameter("today", today).setParameter("overdueFrom", overdueFrom)
        .getResultList();
    for (Object[] m : overdue) {
      MilestoneData data = new MilestoneData((String) m[0], (String) m[1], (String) m[2],
          (String) m[3], (String) m[4], SqlValues.localDate(m[5]),
          MilestoneStatus.valueOf((String) m[6]).code(), ((Number) m[7]).intValue(),
          ((Number) m[8]).longValue());
      outbox.add(CommitmentEvents.milestoneOverdue(data));
      em.createNativeQuery("update milestone set overdue_reported_at = now() where id = ?1")
          .setParameter(1, data.milestoneId()).executeUpdate();
    }
    return overdue.size();
  }
}
