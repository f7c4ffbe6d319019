package org.ogptracker.reports.importer;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ogptracker.platform.csv.CsvRows;
import org.ogptracker.reports.domain.ReportKind;

/**
 * Imports the IRM indicators of the OGP commitments export as published IRM reports: per plan,
 * an Action Plan Review (design, mid-term completion) and a Results Report (end-of-term
 * completion, did it open government, early results) where the export has them, and every
 * commitment's IRM record. A second import changes nothing.
 */
@ApplicationScoped
public class IrmExportImporter {
  static final String ID = "Commitment Unique Identifier";
  static final String PLAN = "Action Plan ID";
  static final String CODE = "Code";
  static final Map<ReportKind, String> YEAR_COLUMNS = Map.of(
      ReportKind.IRM_ACTION_PLAN_REVIEW, "Report Publication Year (Progress Report)",
      ReportKind.IRM_RESULTS_REPORT, "Report Publication Year (End Of Term)");

  /** What one import did. */
  public record Result(int reportsCreated, int reportsUnchanged, int commitments,
      List<Problem> skipped, List<String> warnings) {}

  /** A row skipped, with its line. */
  public record Problem(long line, String message) {}

  /** One commitment's row. */
  record Row(String commitmentId, CsvRows.Row cells) {}

  private final IrmImportWriter writer;

  IrmExportImporter(IrmImportWriter writer) {
    this.writer = writer;
  }

  public Result importCsv(Reader csv, String by) {
    Map<String, List<Row>> byPlan = new LinkedHashMap<>();
    Map<String, String> members = new LinkedHashMap<>();
    List<Problem> skipped = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    try (CsvRows rows = CsvRows.open(csv, Set.of(ID, PLAN, CODE))) {
      for (CsvRows.Row row : rows) {
        String id = row.get(ID);
        String plan = row.get(PLAN);
        String member = row.get(CODE);
        if (id == null || !id.matches("[A-Z0-9]{2,4}[0-9]{4}") || plan == null
            || !plan.matches("AP_[A-Z]{3,4}[0-9]{2,3}") || member == null
            || !plan.startsWith("AP_" + member)) {
          skipped.add(new Problem(row.line(), "needs a commitment id, a plan id and the plan's "
              + "member code; got " + id + ", " + plan + ", " + member));
          continue;
        }
        members.put(plan, member);
        byPlan.computeIfAbsent(plan, k -> new ArrayList<>()).add(new Row(id, row));
      }
    }
    int created = 0;
    int unchanged = 0;
    int commitments = 0;
    for (var plan : byPlan.entrySet()) {
      IrmImportWriter.Written w = writer.write(plan.getKey(), members.get(plan.getKey()),
          plan.getValue(), by, warnings);
      created += w.created();
      unchanged += w.unchanged();
      commitments += plan.getValue().size();
    }
    return new Result(created, unchanged, commitments, skipped, warnings);
  }
}
