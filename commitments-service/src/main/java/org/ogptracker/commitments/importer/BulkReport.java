package org.ogptracker.commitments.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * What a bulk import did: rows created, rows already there (a second import changes nothing),
 * rows skipped with their line and reason, in line order (the first {@value #LISTED} found;
 * the total is counted).
 */
public record BulkReport(long created, long unchanged, long skippedTotal,
    List<OgpExportImporter.Problem> skipped) {
  static final int LISTED = 100;

  /** Counts as an import goes. */
  static final class Tally {
    long created;
    long unchanged;
    long skippedTotal;
    final List<OgpExportImporter.Problem> skipped = new ArrayList<>();

    void skip(long line, String message) {
      skippedTotal++;
      if (skipped.size() < LISTED) {
        skipped.add(new OgpExportImporter.Problem(line, message));
      }
    }

    BulkReport report() {
      List<OgpExportImporter.Problem> byLine = new ArrayList<>(skipped);
      byLine.sort(java.util.Comparator.comparingLong(OgpExportImporter.Problem::line));
      return new BulkReport(created, unchanged, skippedTotal, byLine);
    }
  }
}
