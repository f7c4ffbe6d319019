package org.ogptracker.reports.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ogptracker.platform.csv.CsvRows;
import org.ogptracker.reports.domain.IndicatorField;
import org.ogptracker.reports.domain.Indicators;
import org.ogptracker.reports.domain.IrmRecord;
import org.ogptracker.reports.domain.ReportKind;
import org.ogptracker.reports.domain.Scales.OgpValue;
import org.ogptracker.reports.domain.Sentinel;

/**
 * Reads the IRM indicators of one row of the OGP export, keeping ND, NR and NA as sentinels.
 * The design columns and {@code Completion (Progress Report)} are the Action Plan Review's; the
 * end-of-term completion, did-it-open-government and early results the Results Report's.
 */
public final class IrmExportColumns {
  static final Map<OgpValue, String> VALUE_COLUMNS = Map.of(
      OgpValue.ACCESS_TO_INFORMATION, "OGP Value Access To Information",
      OgpValue.CIVIC_PARTICIPATION, "OGP Value Civic Participation",
      OgpValue.PUBLIC_ACCOUNTABILITY, "OGP Value Public Accountability",
      OgpValue.TECHNOLOGY_AND_INNOVATION, "OGP Value Technology");
  /** The column of each single-valued indicator, per report kind; none for relevance. */
  static final Map<IndicatorField, String> REVIEW_COLUMNS = Map.of(
      IndicatorField.SPECIFICITY, "Specificity",
      IndicatorField.VERIFIABLE, "Verifiable",
      IndicatorField.POTENTIAL_IMPACT, "Potential Impact",
      IndicatorField.POTENTIAL_FOR_RESULTS, "Potential for Results",
      IndicatorField.COMPLETION, "Completion (Progress Report)");
  static final Map<IndicatorField, String> RESULTS_COLUMNS = Map.of(
      IndicatorField.COMPLETION, "Completion (End Of Term)",
      IndicatorField.DID_IT_OPEN_GOVERNMENT, "Did It Open Government (Overall)",
      IndicatorField.OPENED_ACCESS_TO_INFORMATION, "Did It Open Government (Access To Information)",
      IndicatorField.OPENED_CIVIC_PARTICIPATION, "Did It Open Government (Civic Participation)",
      IndicatorField.OPENED_PUBLIC_ACCOUNTABILITY, "Did It Open Government: Public Accountability",
      IndicatorField.EARLY_RESULTS, "Early Results");
  /** The export's words that are no label of the scale but mean one of its values. */
  static final Map<String, String> SYNONYMS = Map.of(
      "1", "yes", // Verifiable, once
      "No early results to report yet", "did_not_change", // the export codes it 1, as Did Not Change
      "Not Applicable", Sentinel.NOT_APPLICABLE.code());

  private IrmExportColumns() {}

  /** A row's indicators as the IRM record the import publishes; unreadable cells go to warnings. */
  public static IrmRecord record(CsvRows.Row row, List<String> warnings) {
    return new IrmRecord(indicators(row, ReportKind.IRM_ACTION_PLAN_REVIEW, warnings),
        indicators(row, ReportKind.IRM_RESULTS_REPORT, warnings));
  }

  /** The indicators of a row that a report of {@code kind} holds. */
  public static Indicators indicators(CsvRows.Row row, ReportKind kind, List<String> warnings) {
    Map<IndicatorField, String> columns =
        kind == ReportKind.IRM_ACTION_PLAN_REVIEW ? REVIEW_COLUMNS : RESULTS_COLUMNS;
    Map<IndicatorField, Object> codes = new EnumMap<>(IndicatorField.class);
    for (IndicatorField f : IndicatorField.values()) {
      if (!kind.holds(f)) {
        continue;
      }
      if (f == IndicatorField.RELEVANCE) {
        codes.put(f, relevance(row));
      } else {
        String column = columns.get(f);
        codes.put(f, column == null ? Sentinel.NO_DATA.code() : code(row, column, f, warnings));
      }
    }
    return Indicators.of(codes);
  }

  /** Whether the export has anything but NR for a report of {@code kind} in this row. */
  public static boolean assessed(CsvRows.Row row, ReportKind kind) {
    Map<IndicatorField, String> columns =
        kind == ReportKind.IRM_ACTION_PLAN_REVIEW ? REVIEW_COLUMNS : RESULTS_COLUMNS;
    return columns.values().stream().anyMatch(c -> !"NR".equals(row.get(c)));
  }

  /** The values marked 1; none when all are 0; else the first value's sentinel. */
  static Object relevance(CsvRows.Row row) {
    List<String> values = new ArrayList<>();
    Sentinel first = null;
    boolean allZero = true;
    for (OgpValue value : OgpValue.values()) {
      String v = row.get(VALUE_COLUMNS.get(value));
      if ("1".equals(v)) {
        values.add(value.code());
      }
      Sentinel s = Sentinel.fromExport(v);
      if (s != null && first == null) {
        first = s;
      }
      allZero &= "0".equals(v);
    }
    if (!values.isEmpty() || allZero) {
      return values;
    }
    return (first == null ? Sentinel.NO_DATA : first).code();
  }

  static String code(CsvRows.Row row, String column, IndicatorField f, List<String> warnings) {
    String v = row.get(column);
    Sentinel s = v == null ? Sentinel.NO_DATA : Sentinel.fromExport(v);
    if (s != null) {
      return s.code();
    }
    String code = f.codeOfLabel(v);
    if (code == null) {
      code = SYNONYMS.get(v);
    }
    if (code == null || !f.allowed().contains(code)) {
      warnings.add("line " + row.line() + ": " + column + " '" + v + "' is no "
          + f.apiName() + "; read as no_data");
      return Sentinel.NO_DATA.code();
    }
    return code;
  }
}
