package org.ogptracker.platform.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogptracker.platform.paging.Page;

class CsvPageWriterTest {
  record Row(String code, List<String> tags, Integer points) {}

  @Test
  void text_a_spreadsheet_would_run_as_a_formula_is_neutralized() {
    assertEquals("'=HYPERLINK(\"http://x\")", CsvPageWriter.cell("=HYPERLINK(\"http://x\")"));
    assertEquals("'@SUM(A1)", CsvPageWriter.cell("@SUM(A1)"));
    assertEquals("'-2+3", CsvPageWriter.cell("-2+3"));
    assertEquals("-2", CsvPageWriter.cell(-2));
    assertEquals("Open data", CsvPageWriter.cell("Open data"));
    assertEquals("'+1;plain", CsvPageWriter.cell(List.of("+1", "plain")));
  }

  @Test
  void a_formula_after_a_semicolon_is_neutralized_too() {
    assertEquals("Costs;'=HYPERLINK(\"http://x\")", CsvPageWriter.cell("Costs;=HYPERLINK(\"http://x\")"));
    assertEquals("a;'@cmd;'-1;b", CsvPageWriter.cell(List.of("a;@cmd", "-1;b")));
    assertEquals("Fines; penalties;", CsvPageWriter.cell("Fines; penalties;"));
  }

  @Test
  void writes_one_column_per_component_and_the_next_link_as_a_header() throws Exception {
    var page = new Page<>(List.of(new Row("ALB", List.of("a", "b"), 3),
        new Row("A,\"B\"", List.of(), null)), "/api/v1/x?cursor=abc", "abc");
    var out = new ByteArrayOutputStream();
    var headers = new org.jboss.resteasy.reactive.common.util.QuarkusMultivaluedHashMap<String, Object>();
    new CsvPageWriter().writeTo(page, Page.class, Page.class, null, null, headers, out);
    assertEquals("code,tags,points\r\nALB,a;b,3\r\n\"A,\"\"B\"\"\",,\r\n",
        out.toString(StandardCharsets.UTF_8));
    assertEquals("</api/v1/x?cursor=abc>; rel=\"next\"", headers.getFirst("Link"));
  }
}
