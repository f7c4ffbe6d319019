package org.ogptracker.commitments.importer;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.ogptracker.platform.csv.CsvRows;

/**
 * Bulk import of milestones (CSV: {@code commitment_id, number, description, due_date}), for
 * loading a history at once. A milestone is {@code {commitment}.{number}}; one that exists is
 * left as it is, so a second import changes nothing. Written in batches, each one transaction
 * with its events.
 */
@ApplicationScoped
public class MilestoneImporter {
  static final Set<String> COLUMNS = Set.of("commitment_id", "number", "description");

  /** One readable row. */
  record Row(long line, String commitmentId, int number, String description, LocalDate dueDate) {
    String milestoneId() {
      return org.ogptracker.commitments.domain.CommitmentIds.milestone(commitmentId, number);
    }
  }

  private final MilestoneImportWriter writer;

  MilestoneImporter(MilestoneImportWriter writer) {
    this.writer = writer;
  }

  public BulkReport importCsv(Reader csv) {
    return BulkReport.load(csv, COLUMNS, MilestoneImporter::read, writer::write);
  }

  static Row read(CsvRows.Row row) {
    String commitment = row.get("commitment_id");
    if (commitment == null || !commitment.matches("[A-Z]{2,4}[0-9]{4}")) {
      throw new IllegalArgumentException("commitment_id is not a commitment id: " + commitment);
    }
    String number = row.get("number");
    if (number == null || !number.matches("[0-9]{1,3}") || Integer.parseInt(number) < 1) {
      throw new IllegalArgumentException("number must be 1 to 999, not " + number);
    }
    String description = row.get("description");
    if (description == null || description.length() > 2000) {
      throw new IllegalArgumentException("description is required, at most 2000 characters");
    }
    if (description.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("description holds a NUL character");
    }
    LocalDate due = null;
    String dueText = row.get("due_date");
    if (dueText != null) {
      try {
        due = LocalDate.parse(dueText);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("due_date is not a date (YYYY-MM-DD): " + dueText);
      }
    }
    return new Row(row.line(), commitment, Integer.parseInt(number), description, due);
  }
}
