package org.ogptracker.commitments.importer;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.Reader;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ogptracker.commitments.domain.GrandChallenges;
import org.ogptracker.commitments.domain.OgpValue;
import org.ogptracker.commitments.domain.Period;
import org.ogptracker.commitments.domain.PlanStatus;
import org.ogptracker.commitments.domain.Theme;
import org.ogptracker.commitments.service.CommitmentDraft;
import org.ogptracker.platform.csv.CsvRows;

/**
 * Imports the action plans and commitments of the OGP commitments export (one row per
 * commitment). Plans and commitments that exist are left as they are, so a second import changes
 * nothing; a row that cannot be read is reported with its line and skipped.
 */
@ApplicationScoped
public class OgpExportImporter {
  static final String ID = "Commitment Unique Identifier";
  static final String PLAN = "Action Plan ID";
  static final String CODE = "Code";
  static final String PLAN_NUMBER = "Action Plan Number";
  static final String SUBMITTED = "Year Of Submission";
  static final String END_YEAR = "Action Plan End Year";
  static final String NA = "NA";
  static final Map<OgpValue, String> VALUE_COLUMNS = Map.of(
      OgpValue.ACCESS_TO_INFORMATION, "OGP Value Access To Information",
      OgpValue.CIVIC_PARTICIPATION, "OGP Value Civic Participation",
      OgpValue.PUBLIC_ACCOUNTABILITY, "OGP Value Public Accountability",
      OgpValue.TECHNOLOGY_AND_INNOVATION, "OGP Value Technology");

  /** A plan as the export describes it. */
  public record PlanRow(String id, String memberCode, int number, Period period, PlanStatus status) {}

  /** A commitment as the export describes it. */
  public record CommitmentRow(String id, String planId, CommitmentDraft draft) {}

  /** What one import did. */
  public record Report(int plansCreated, int plansUnchanged, int commitmentsCreated,
      int commitmentsUnchanged, List<Problem> skipped, List<Problem> warnings) {}

  /** A row skipped, or a cell read as unknown, with its line. */
  public record Problem(long line, String message) {}

  private final ImportWriter writer;

  OgpExportImporter(ImportWriter writer) {
    this.writer = writer;
  }

  public Report importCsv(Reader csv) {
    Map<String, PlanRow> plans = new LinkedHashMap<>();
    Map<String, List<CommitmentRow>> byPlan = new LinkedHashMap<>();
    List<Problem> skipped = new ArrayList<>();
    List<Problem> warnings = new ArrayList<>();
    int currentYear = Year.now().getValue();
    try (CsvRows rows = CsvRows.open(csv, Set.of(ID, PLAN, CODE, PLAN_NUMBER, SUBMITTED, END_YEAR,
        "Commitment Title"))) {
      for (CsvRows.Row row : rows) {
        try {
          PlanRow plan = plan(row, currentYear);
          PlanRow known = plans.putIfAbsent(plan.id(), plan);
          if (known != null && !known.memberCode().equals(plan.memberCode())) {
            throw new IllegalArgumentException("plan " + plan.id() + " belongs to "
                + known.memberCode() + ", not " + plan.memberCode());
          }
          byPlan.computeIfAbsent(plan.id(), k -> new ArrayList<>())
              .add(commitment(row, plan.id(), warnings));
        } catch (IllegalArgumentException e) {
          skipped.add(new Problem(row.line(), e.getMessage()));
        }
      }
    }
    int plansCreated = 0;
    int commitmentsCreated = 0;
    int commitments = 0;
    for (PlanRow plan : plans.values()) {
      List<CommitmentRow> list = byPlan.getOrDefault(plan.id(), List.of());
      ImportWriter.Written w = writer.write(plan, list);
      plansCreated += w.planCreated() ? 1 : 0;
      commitmentsCreated += w.commitmentsCreated();
      commitments += list.size();
    }
    return new Report(plansCreated, plans.size() - plansCreated, commitmentsCreated,
        commitments - commitmentsCreated, skipped, warnings);
  }

  static PlanRow plan(CsvRows.Row row, int currentYear) {
    String id = require(row, PLAN);
    String member = require(row, CODE);
    if (!member.matches("[A-Z]{3,4}")) {
      throw new IllegalArgumentException("'" + CODE + "' is not a member code: " + member);
    }
    int number = number(require(row, PLAN_NUMBER), PLAN_NUMBER);
    if (!id.equals(org.ogptracker.commitments.domain.CommitmentIds.plan(member, number))) {
      throw new IllegalArgumentException("plan id " + id + " does not match member " + member
          + " and number " + number);
    }
    Period period = new Period(require(row, SUBMITTED), require(row, END_YEAR));
    PlanStatus status = period.endYear() < currentYear ? PlanStatus.COMPLETED
        : PlanStatus.IN_IMPLEMENTATION;
    return new PlanRow(id, member, number, period, status);
  }

  static CommitmentRow commitment(CsvRows.Row row, String planId, List<Problem> warnings) {
    String id = require(row, ID);
    if (!id.matches("[A-Z]{2,4}[0-9]{4}")) {
      throw new IllegalArgumentException("'" + ID + "' is not a commitment id: " + id);
    }
    List<String> themes = new ArrayList<>();
    for (String column : Theme.EXPORT_COLUMNS) {
      if ("1".equals(row.get(column))) {
        themes.add(Theme.codeOf(column));
      }
    }
    List<String> values = new ArrayList<>();
    for (OgpValue v : OgpValue.values()) {
      if ("1".equals(row.get(VALUE_COLUMNS.get(v)))) {
        values.add(v.code());
      }
    }
    List<String> challenges = GrandChallenges.fromThemes(themes).stream()
        .map(c -> c.code()).toList();
    var start = date(row, "Start Date", false, warnings);
    var end = date(row, "End Date", true, warnings);
    if (start != null && end != null && end.isBefore(start)) {
      warnings.add(new Problem(row.line(), id + ": end date before start date; both left unknown"));
      start = null;
      end = null;
    }
    String title = require(row, "Commitment Title");
    String url = text(row, "URL");
    return new CommitmentRow(id, planId, new CommitmentDraft(title, text(row, "Full Text"),
        text(row, "Lead Institution"), institutions(text(row, "Supporting Institution(s)")),
        start, end, challenges, values, themes,
        url != null && url.matches("https?://\\S+") ? url : null));
  }

  /** The export separates supporting institutions with commas or semicolons, wrapped by lines. */
  static List<String> institutions(String cell) {
    if (cell == null) {
      return List.of();
    }
    return Arrays.stream(cell.replaceAll("\\s*\\R\\s*", " ").split("[;,]"))
        .map(s -> s.strip().replaceAll("\\.$", "")).filter(s -> !s.isEmpty()).distinct().toList();
  }

  private static java.time.LocalDate date(CsvRows.Row row, String column, boolean end,
      List<Problem> warnings) {
    String cell = text(row, column);
    if (cell == null) {
      return null;
    }
    var date = ExportDates.parse(cell, end);
    if (date.isEmpty()) {
      warnings.add(new Problem(row.line(), column + " '" + cell + "' is not a date; left unknown"));
    }
    return date.orElse(null);
  }

  private static String text(CsvRows.Row row, String column) {
    String v = row.get(column);
    return v == null || NA.equals(v) ? null : v;
  }

  private static String require(CsvRows.Row row, String column) {
    String v = text(row, column);
    if (v == null) {
      throw new IllegalArgumentException("'" + column + "' is empty");
    }
    return v;
  }

  private static int number(String v, String column) {
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + column + "' is not a number: " + v);
    }
  }
}
