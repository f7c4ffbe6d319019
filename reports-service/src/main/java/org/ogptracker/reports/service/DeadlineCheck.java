package org.ogptracker.reports.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.ogptracker.platform.db.SqlValues;
import org.ogptracker.platform.outbox.Outbox;
import org.ogptracker.reports.domain.DeadlineKind;
import org.ogptracker.reports.events.ReportEvents;

/**
 * Finds the deadlines that passed without their report and publishes each once as
 * {@code ogp.process.deadline-missed.v1}. Rows are claimed with {@code for update skip locked},
 * so two instances never report the same miss. Deadlines due before
 * {@code ogp.deadlines.enforced-from} are shown but not reported: the suite did not track them.
 */
@ApplicationScoped
public class DeadlineCheck {
  private static final Logger LOG = Logger.getLogger(DeadlineCheck.class);
  static final int BATCH = 200;

  private final EntityManager em;
  private final Outbox outbox;
  private final Clock clock;
  private final LocalDate enforcedFrom;

  DeadlineCheck(EntityManager em, Outbox outbox, Clock clock,
      @ConfigProperty(name = "ogp.deadlines.enforced-from") LocalDate enforcedFrom) {
    this.em = em;
    this.outbox = outbox;
    this.clock = clock;
    this.enforcedFrom = enforcedFrom;
  }

  // Not once the application is stopping: a check that fired then met a closed database layer.
  @Scheduled(every = "${ogp.deadlines.check-interval}", delayed = "${ogp.deadlines.check-delay}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  void scheduled() {
    int reported = reportMissed();
    if (reported > 0) {
      LOG.infof("reported %d missed deadlines", reported);
    }
  }

  /** Reports every missed deadline not yet reported; returns how many. */
  public int reportMissed() {
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
    List<Object[]> missed = em.createNativeQuery("select d.plan_id, d.kind, d.due_on, "
            + "p.member_code, p.number from deadline d join plan_replica p on p.id = d.plan_id "
            + "where d.missed_reported_at is null and d.due_on < :today "
            + "and d.due_on >= :enforcedFrom and not exists (select 1 from report r "
            + "where r.plan_id = d.plan_id and r.kind = " + PlanTrackingService.REPORT_KIND_MEETING
            + " and r.status = 'PUBLISHED' and r.published_on <= d.due_on) "
            + "order by d.due_on, d.plan_id, d.kind limit " + BATCH + " for update of d skip locked")
        .setParameter("today", today).setParameter("enforcedFrom", enforcedFrom)
        .getResultList();
    for (Object[] m : missed) {
      String planId = (String) m[0];
      DeadlineKind kind = DeadlineKind.valueOf((String) m[1]);
      LocalDate dueOn = SqlValues.localDate(m[2]);
      outbox.add(ReportEvents.deadlineMissed(planId, (String) m[3], ((Number) m[4]).intValue(),
          kind, dueOn));
      em.createNativeQuery("update deadline set missed_reported_at = now() "
              + "where plan_id = ?1 and kind = ?2")
          .setParameter(1, planId).setParameter(2, kind.name()).executeUpdate();
    }
    return missed.size();
  }
}
