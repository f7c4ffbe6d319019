package org.ogptracker.reports.importer;

import java.util.List;
import org.ogptracker.platform.csv.CsvRows;
import org.ogptracker.reports.domain.Indicator;
import org.ogptracker.reports.domain.Scales;
import org.ogptracker.reports.domain.Sentinel;
import org.ogptracker.reports.domain.StarRule;

/** Reads the IRM indicators of one row of the OGP export, keeping ND, NR and NA as sentinels. */
public final class IrmExportColumns {
  static final List<String> VALUE_COLUMNS = List.of("OGP Value Access To Information",
      "OGP Value Civic Participation", "OGP Value Public Accountability", "OGP Value Technology");
  public static final String PROGRESS_COMPLETION = "Completion (Progress Report)";
  public static final String END_OF_TERM_COMPLETION = "Completion (End Of Term)";

  private IrmExportColumns() {}

  /** The star inputs of a row for the stage whose completion is in {@code completionColumn}. */
  public static StarRule.Inputs starInputs(CsvRows.Row row, String completionColumn) {
    return new StarRule.Inputs(
        scaled(row, "Specificity", Scales.Specificity.class),
        relevance(row),
        scaled(row, "Potential Impact", Scales.PotentialImpact.class),
        scaled(row, completionColumn, Scales.Completion.class));
  }

  /** Relevant when one value is 1, not when all are 0, else the first value's sentinel. */
  static Indicator<Boolean> relevance(CsvRows.Row row) {
    Sentinel first = null;
    boolean allZero = true;
    for (String column : VALUE_COLUMNS) {
      String v = row.get(column);
      if ("1".equals(v)) {
        return Indicator.of(true);
      }
      Sentinel s = Sentinel.fromExport(v);
      if (s != null && first == null) {
        first = s;
      }
      allZero &= "0".equals(v);
    }
    if (allZero) {
      return Indicator.of(false);
    }
    return Indicator.missing(first == null ? Sentinel.NO_DATA : first);
  }

  static <E extends Enum<E> & Scales.Labelled> Indicator<E> scaled(CsvRows.Row row, String column, Class<E> scale) {
    String v = row.get(column);
    Sentinel s = v == null ? Sentinel.NO_DATA : Sentinel.fromExport(v);
    if (s != null) {
      return Indicator.missing(s);
    }
    E value = Scales.byLabel(scale, v);
    return value == null ? Indicator.missing(Sentinel.NO_DATA) : Indicator.of(value);
  }
}
