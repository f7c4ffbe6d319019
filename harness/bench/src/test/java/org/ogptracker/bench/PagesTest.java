package org.ogptracker.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PagesTest {
  private static final Path REAL = Path.of("../../deploy/demo-data/open_parliament_0703.csv");

  @Test
  void every_member_plan_and_commitment_of_the_export_is_a_page_read_once() {
    Map<String, List<String>> kinds = Pages.ofExport(REAL).stream()
        .collect(Collectors.toMap(Pages.Kind::name, Pages.Kind::paths));
    // The real export (docs/benchmarks-pages.md): 75 members, 214 plans, 558 commitments.
    assertEquals(75, kinds.get("member").size());
    assertEquals(214, kinds.get("plan").size());
    assertEquals(558, kinds.get("commitment").size());
    assertEquals(List.of("/"), kinds.get("home: members and their plans"));
    assertEquals(Pages.SEARCHES.size(), kinds.get("home: a search (50 results)").size());
    for (List<String> paths : kinds.values()) {
      assertEquals(paths.size(), new HashSet<>(paths).size(), "each page once");
      assertTrue(paths.stream().allMatch(p -> p.matches("/[a-z]*(/[A-Za-z0-9_.-]+|\\?q=[a-z]+)?")),
          paths.toString());
    }
    assertTrue(kinds.get("plan").contains("/plans/AP_ALB03"), "ids as the export writes them");
  }
}
