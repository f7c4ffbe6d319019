package org.ogptracker.reports.importer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ogptracker.platform.outbox.Outbox;
import org.ogptracker.reports.domain.Assessment;
import org.ogptracker.reports.domain.CommitmentAssessment;
import org.ogptracker.reports.domain.IrmRecord;
import org.ogptracker.reports.domain.Report;
import org.ogptracker.reports.domain.ReportKind;
import org.ogptracker.reports.events.ReportEvents;
import org.ogptracker.reports.service.IrmRecords;

/** Writes one plan of the import in one transaction. */
@ApplicationScoped
public class IrmImportWriter {
  private final EntityManager em;
  private final IrmRecords records;
  private final Outbox outbox;
  private final Clock clock;

  IrmImportWriter(EntityManager em, IrmRecords records, Outbox outbox, Clock clock) {
    this.em = em;
    this.records = records;
    this.outbox = outbox;
    this.clock = clock;
  }

  /** Reports created and left as they were. */
  record Written(int created, int unchanged) {}

  @Transactional
  Written write(String planId, String member, List<IrmExportImporter.Row> rows, String by,
      List<String> warnings) {
    int created = 0;
    int unchanged = 0;
    Instant now = clock.instant();
    boolean[] isNew = new boolean[2];
    List<ReportKind> kinds = List.of(ReportKind.IRM_ACTION_PLAN_REVIEW,
        ReportKind.IRM_RESULTS_REPORT);
    for (int k = 0; k < kinds.size(); k++) {
      ReportKind kind = kinds.get(k);
      if (rows.stream().noneMatch(r -> IrmExportColumns.assessed(r.cells(), kind))) {
        continue;
      }
      if (em.find(Report.class, kind.reportId(planId, 1)) != null) {
        unchanged++;
        continue;
      }
      Report report = Report.draft(planId, member, kind, null, "Imported from the OGP "
          + "commitments export", List.of(), by, now);
      report.source = Report.SOURCE_EXPORT;
      report.publish(yearEnd(rows, kind).orElse(null), now);
      em.persist(report);
      for (IrmExportImporter.Row r : rows) {
        em.persist(Assessment.of(report.id, r.commitmentId(),
            IrmExportColumns.indicators(r.cells(), kind, warnings), null, by, now));
      }
      em.flush();
      outbox.add(ReportEvents.published(report, rows.size()));
      isNew[k] = true;
      created++;
    }
    for (IrmExportImporter.Row r : rows) {
      boolean known = em.find(CommitmentAssessment.class, r.commitmentId()) != null;
      if (known && !isNew[0] && !isNew[1]) {
        continue;
      }
      IrmRecord imported = IrmExportColumns.record(r.cells(), new ArrayList<>()); // warned above
      records.change(r.commitmentId(), planId, member, old -> new IrmRecord(
              isNew[0] || !known ? imported.review() : old.review(),
              isNew[1] || !known ? imported.results() : old.results()),
          null, null);
      CommitmentAssessment row = em.find(CommitmentAssessment.class, r.commitmentId());
      if (isNew[0]) {
        row.designReportId = kinds.get(0).reportId(planId, 1);
      }
      if (isNew[1]) {
        row.resultsReportId = kinds.get(1).reportId(planId, 1);
      }
    }
    return new Written(created, unchanged);
  }

  /**
   * The export gives only the year a report was published: the suite can vouch that it was out
   * by the year's last day. Empty when no row has a year.
   */
  static Optional<LocalDate> yearEnd(List<IrmExportImporter.Row> rows, ReportKind kind) {
    return rows.stream().map(r -> r.cells().get(IrmExportImporter.YEAR_COLUMNS.get(kind)))
        .filter(y -> y != null && y.matches("[0-9]{4}"))
        .map(y -> LocalDate.of(Integer.parseInt(y), 12, 31)).max(LocalDate::compareTo);
  }
}
