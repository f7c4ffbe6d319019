package org.ogptracker.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticExportTest {
  private static final Path REAL = Path.of("../../deploy/demo-data/open_parliament_0703.csv");

  @Test
  void plan_sizes_add_up_to_the_total_and_keep_the_real_skew() {
    int[] sizes = SyntheticExport.from(REAL).planSizes(2_000, 100_000, new Random(1));
    assertEquals(100_000, Arrays.stream(sizes).sum());
    assertTrue(Arrays.stream(sizes).allMatch(s -> s >= 1));
    int[] sorted = sizes.clone();
    Arrays.sort(sorted);
    // Most real plans hold one to three commitments, a few over ten: the median plan stays
    // well under the mean, the largest far above it.
    assertTrue(sorted[1_000] < 50, "median " + sorted[1_000]);
    assertTrue(sorted[1_999] > 200, "largest " + sorted[1_999]);
  }

  @Test
  void the_export_reads_back_with_every_member_plan_and_commitment(@TempDir Path dir) throws Exception {
    var written = SyntheticExport.from(REAL).write(Scale.SMOKE, dir);
    assertEquals(Scale.SMOKE.commitments(), written.size());
    Set<String> ids = new HashSet<>();
    Set<String> plans = new HashSet<>();
    Set<String> members = new HashSet<>();
    List<Path> parts;
    try (var files = Files.list(dir)) {
      parts = files.sorted().toList();
    }
    for (Path part : parts) {
      try (Reader in = Files.newBufferedReader(part)) {
        for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
            .parse(in)) {
          assertTrue(ids.add(r.get("Commitment Unique Identifier")), "unique ids");
          assertTrue(r.get("Commitment Unique Identifier").matches("[A-Z]{2,4}[0-9]{4}"));
          assertTrue(r.get("Action Plan ID").matches("AP_[A-Z]{3}[0-9]{2}"));
          plans.add(r.get("Action Plan ID"));
          members.add(r.get("Code"));
        }
      }
    }
    assertEquals(Scale.SMOKE.commitments(), ids.size());
    assertEquals(Scale.SMOKE.plans(), plans.size());
    assertEquals(Scale.SMOKE.members(), members.size());
  }
}
