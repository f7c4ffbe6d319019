package org.ogptracker.commitments.importer;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.ogptracker.platform.csv.CsvRows;

/**
 * What a bulk import did: rows created, rows already there (a second import changes nothing),
 * rows skipped with their line and reason, in line order (the first {@value #LISTED} found;
 * the total is counted).
 */
public record BulkReport(long created, long unchanged, long skippedTotal,
    List<OgpExportImporter.Problem> skipped) {
  static final int LISTED = 100;
  static final int BATCH = 1_000;

  /**
   * Reads {@code csv} row by row ({@code read} refuses a row with IllegalArgumentException, which
   * skips it) and hands the readable rows to {@code write} {@value #BATCH} at a time.
   */
  static <R> BulkReport load(Reader csv, Set<String> columns, Function<CsvRows.Row, R> read,
      BiConsumer<List<R>, Tally> write) {
    Tally tally = new Tally();
    List<R> batch = new ArrayList<>(BATCH);
    try (CsvRows rows = CsvRows.open(csv, columns)) {
      for (CsvRows.Row row : rows) {
        try {
          batch.add(read.apply(row));
        } catch (IllegalArgumentException e) {
          tally.skip(row.line(), e.getMessage());
        }
        if (batch.size() == BATCH) {
          write.accept(batch, tally);
          batch.clear();
        }
      }
    }
    if (!batch.isEmpty()) {
      write.accept(batch, tally);
    }
    return tally.report();
  }

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
