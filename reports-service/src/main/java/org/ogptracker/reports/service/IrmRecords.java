package org.ogptracker.reports.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.function.UnaryOperator;
import org.ogptracker.reports.domain.Assessment;
import org.ogptracker.reports.domain.CommitmentAssessment;
import org.ogptracker.reports.domain.IrmRecord;
import org.ogptracker.reports.domain.Report;
import org.ogptracker.reports.domain.ReportKind;
import org.ogptracker.reports.persistence.JsonColumns;

/**
 * Keeps each commitment's latest IRM record ({@code commitment_assessment}) as IRM reports are
 * published. One row per commitment, changed under a row lock so that two reports published at
 * once on the same commitment both count.
 */
@ApplicationScoped
public class IrmRecords {
  private final EntityManager em;
  private final Clock clock;

  IrmRecords(EntityManager em, Clock clock) {
    this.em = em;
    this.clock = clock;
  }

  /** The assessments of a newly published report take the place of older ones; none for self-assessments. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void apply(Report r, List<Assessment> assessed) {
    if (r.kind.byGovernment()) {
      return;
    }
    for (Assessment a : assessed) {
      change(a.id.commitmentId(), r.planId, r.memberCode,
          record -> record.with(r.kind, a.indicators()), r.kind, r.id);
    }
  }

  /**
   * Changes a commitment's record; {@code reportId} (may be null) becomes its source for the
   * part {@code kind} holds.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void change(String commitmentId, String planId, String memberCode,
      UnaryOperator<IrmRecord> change, ReportKind kind, String reportId) {
    em.createNativeQuery("""
            insert into commitment_assessment (commitment_id, plan_id, member_code, indicators,
              starred_midterm, starred_end_of_term, updated_at)
            values (?1, ?2, ?3, cast(?4 as jsonb), '', '', now())
            on conflict (commitment_id) do nothing""")
        .setParameter(1, commitmentId).setParameter(2, planId).setParameter(3, memberCode)
        .setParameter(4, JsonColumns.write(IrmRecord.empty().asMap()))
        .executeUpdate();
    CommitmentAssessment row = em.find(CommitmentAssessment.class, commitmentId,
        LockModeType.PESSIMISTIC_WRITE);
    row.planId = planId;
    row.memberCode = memberCode;
    if (kind == ReportKind.IRM_ACTION_PLAN_REVIEW && reportId != null) {
      row.designReportId = reportId;
    } else if (kind == ReportKind.IRM_RESULTS_REPORT && reportId != null) {
      row.resultsReportId = reportId;
    }
    row.set(change.apply(row.record()), clock.instant());
  }
}
