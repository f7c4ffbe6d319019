package org.ogptracker.platform.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ogptracker.platform.problem.Problems;

/**
 * Reads a CSV file with a header row (RFC 4180, quoted multi-line cells allowed), row by row,
 * each with the line it starts on so importers can report bad rows precisely.
 */
public final class CsvRows implements Iterable<CsvRows.Row>, AutoCloseable {

  /** One data row. Cells are read by column name; blank cells read as null. */
  public record Row(long line, CSVRecord record) {
    public String get(String column) {
      if (!record.isMapped(column) || !record.isSet(column)) {
        return null;
      }
      String v = record.get(column).strip();
      return v.isEmpty() ? null : v;
    }
  }

  private final CSVParser parser;

  private CsvRows(CSVParser parser) {
    this.parser = parser;
  }

  /**
   * Opens the rows of {@code csv}; a 400 problem when the header lacks one of {@code required}.
   */
  public static CsvRows open(Reader csv, Set<String> required) {
    try {
      CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
          .setIgnoreEmptyLines(true).get().parse(csv);
      for (String column : required) {
        if (!parser.getHeaderMap().containsKey(column)) {
          parser.close();
          throw Problems.badRequest("CSV header lacks the column '" + column + "'");
        }
      }
      return new CsvRows(parser);
    } catch (IOException | IllegalArgumentException e) {
      throw Problems.badRequest("Not a CSV file with a header row: " + e.getMessage());
    }
  }

  @Override
  public Iterator<Row> iterator() {
    Iterator<CSVRecord> records = parser.iterator();
    return new Iterator<>() {
      // hasNext() reads the next record ahead, so at next() the parser stands at its last line.
      private long lastEnd = parser.getCurrentLineNumber();

      @Override
      public boolean hasNext() {
        try {
          return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
          throw Problems.badRequest("CSV unreadable after line " + parser.getCurrentLineNumber()
              + ": " + e.getMessage());
        }
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        long start = lastEnd + 1;
        lastEnd = parser.getCurrentLineNumber();
        return new Row(start, records.next());
      }
    };
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
