package org.ogptracker.platform.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ogptracker.platform.problem.ProblemException;

class CsvRowsTest {
  @Test
  void reports_the_line_each_row_starts_on_across_multi_line_cells() {
    String csv = "Code,Text\nALB,\"one\ntwo\nthree\"\nARG,plain\nARM,\"x\"\n";
    List<Long> lines = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    try (CsvRows rows = CsvRows.open(new StringReader(csv), Set.of("Code"))) {
      for (CsvRows.Row r : rows) {
        lines.add(r.line());
        codes.add(r.get("Code"));
      }
    }
    assertEquals(List.of("ALB", "ARG", "ARM"), codes);
    assertEquals(List.of(2L, 5L, 6L), lines);
  }

  @Test
  void blank_and_missing_cells_read_as_null() {
    try (CsvRows rows = CsvRows.open(new StringReader("Code,Text\nALB,  \n"), Set.of())) {
      CsvRows.Row row = rows.iterator().next();
      assertNull(row.get("Text"));
      assertNull(row.get("No such column"));
    }
  }

  @Test
  void missing_required_column_is_a_400() {
    ProblemException e = assertThrows(ProblemException.class,
        () -> CsvRows.open(new StringReader("Name\nx\n"), Set.of("Code")));
    assertEquals(400, e.problem().status());
  }
}
