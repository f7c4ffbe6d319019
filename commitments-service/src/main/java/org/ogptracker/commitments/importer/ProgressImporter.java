package org.ogptracker.commitments.importer;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.Reader;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.ogptracker.commitments.domain.MilestoneStatus;
import org.ogptracker.commitments.domain.Progress;
import org.ogptracker.platform.csv.CsvRows;
import org.ogptracker.platform.http.EnumParams;

/**
 * Bulk import of progress history (CSV: {@code milestone_id, reported_at, status,
 * percent_complete, note, evidence_urls, author}), for loading years of updates at once. History
 * is appended in time order, as live updates are: a row after the milestone's latest update is
 * added; one already there (same milestone and time) is unchanged, so a second import changes
 * nothing; an older one is skipped. The milestone then stands where its latest update says.
 * Written in batches, each one transaction with a {@code progress-reported} event per update.
 */
@ApplicationScoped
public class ProgressImporter {
  static final Set<String> COLUMNS = Set.of("milestone_id", "reported_at", "status");
  private static final String URL = "https?://\\S{1,2000}";

  /** One readable row. */
  record Row(long line, String milestoneId, Instant reportedAt, Progress progress, String note,
      List<String> evidence, String author) {}

  private final ProgressImportWriter writer;
  private final Clock clock;

  ProgressImporter(ProgressImportWriter writer, Clock clock) {
    this.writer = writer;
    this.clock = clock;
  }

  /** Imports {@code csv}; rows without an author are recorded as {@code importedBy}'s. */
  public BulkReport importCsv(Reader csv, String importedBy) {
    Instant now = clock.instant();
    return BulkReport.load(csv, COLUMNS, row -> read(row, importedBy, now), writer::write);
  }

  static Row read(CsvRows.Row row, String importedBy, Instant now) {
    String milestone = row.get("milestone_id");
    if (milestone == null || !milestone.matches("[A-Z]{2,4}[0-9]{4}\\.[0-9]{1,3}")) {
      throw new IllegalArgumentException("milestone_id is not a milestone id: " + milestone);
    }
    Instant at;
    try {
      // PostgreSQL keeps microseconds: a re-import must find the same instant.
      at = Instant.parse(row.get("reported_at")).truncatedTo(ChronoUnit.MICROS);
    } catch (DateTimeParseException | NullPointerException e) {
      throw new IllegalArgumentException("reported_at is not an instant such as "
          + "2024-03-01T09:30:00Z: " + row.get("reported_at"));
    }
    if (at.isAfter(now)) {
      throw new IllegalArgumentException("reported_at " + at + " is in the future");
    }
    MilestoneStatus status;
    try {
      status = EnumParams.parse(MilestoneStatus.class, row.get("status"), "status");
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("status must be one of not_started, in_progress, "
          + "complete, withdrawn: " + row.get("status"));
    }
    Integer percent = null;
    String percentText = row.get("percent_complete");
    if (percentText != null) {
      if (!percentText.matches("[0-9]{1,3}")) {
        throw new IllegalArgumentException("percent_complete is not a number: " + percentText);
      }
      percent = Integer.parseInt(percentText);
    }
    Progress progress = Progress.of(status, percent);
    String note = text(row, "note", 5000);
    List<String> evidence = row.get("evidence_urls") == null ? List.of()
        : Arrays.asList(row.get("evidence_urls").split("\\s+"));
    if (evidence.size() > 20 || !evidence.stream().allMatch(u -> u.matches(URL))) {
      throw new IllegalArgumentException("evidence_urls: at most 20 http(s) URLs, space separated");
    }
    String author = text(row, "author", 200);
    return new Row(row.line(), milestone, at, progress, note, List.copyOf(evidence),
        author == null ? importedBy : author);
  }

  private static String text(CsvRows.Row row, String column, int max) {
    String v = row.get(column);
    if (v != null && (v.length() > max || v.indexOf('\0') >= 0)) {
      throw new IllegalArgumentException(column + ": at most " + max + " characters, no NUL");
    }
    return v;
  }
}
