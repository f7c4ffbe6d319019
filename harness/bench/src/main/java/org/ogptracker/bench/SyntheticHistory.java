package org.ogptracker.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Milestones of the generated commitments and their progress history, as the CSV files of
 * commitments-service's bulk imports: milestones per commitment and updates per milestone drawn
 * from the real export's (skewed) plan sizes and scaled to the totals; each milestone's updates
 * spread over its plan's two years in time order, rising to complete for two milestones in three.
 */
final class SyntheticHistory {
  static final int MILESTONES_PER_FILE = 50_000;
  static final int UPDATES_PER_FILE = 40_000;

  /** The files written, in the order to import them. */
  record Files(List<Path> milestones, List<Path> progress) {}

  private SyntheticHistory() {}

  static Files write(SyntheticExport export, List<SyntheticExport.Commitment> commitments,
      Scale scale, Path dir) throws IOException {
    java.nio.file.Files.createDirectories(dir);
    Random random = new Random(7);
    int[] perCommitment = SyntheticExport.allocate(
        export.skewedWeights(commitments.size(), random), scale.milestones());
    int[] perMilestone = SyntheticExport.allocate(
        export.skewedWeights(scale.milestones(), random), scale.progressUpdates());
    Parts milestones = new Parts(dir, "milestones", MILESTONES_PER_FILE,
        "commitment_id", "number", "description", "due_date");
    Parts progress = new Parts(dir, "progress", UPDATES_PER_FILE,
        "milestone_id", "reported_at", "status", "percent_complete", "note", "evidence_urls", "author");
    int m = 0;
    for (int c = 0; c < commitments.size(); c++) {
      SyntheticExport.Commitment commitment = commitments.get(c);
      int startYear = 2011 + Integer.parseInt(commitment.plan().substring(commitment.plan().length() - 2));
      Instant start = LocalDate.of(startYear, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
      long spanSeconds = 2L * 365 * 24 * 3600;
      for (int n = 1; n <= perCommitment[c]; n++, m++) {
        String id = commitment.id() + "." + n;
        milestones.print(commitment.id(), Integer.toString(n), "Milestone " + n + " of "
            + commitment.id(), LocalDate.of(startYear + 1, 1 + (n % 12), 28).toString());
        int updates = perMilestone[m];
        boolean completes = m % 3 != 0;
        for (int u = 1; u <= updates; u++) {
          Instant at = start.plusSeconds(spanSeconds * u / (updates + 1) + (m % 3600));
          boolean last = u == updates;
          int percent = Math.max(1, Math.min(99, 100 * u / (updates + 1)));
          String status = last && completes ? "complete" : "in_progress";
          progress.print(id, at.toString(), status, last && completes ? "100" : Integer.toString(percent),
              "Progress report " + u + " on " + id, u % 2 == 0 ? "https://example.org/evidence/"
                  + id + "/" + u : "", "government-" + commitment.member().toLowerCase());
        }
      }
    }
    return new Files(milestones.close(), progress.close());
  }

  /** CSV files of at most {@code perFile} rows each, with the same header. */
  private static final class Parts {
    private final Path dir;
    private final String name;
    private final int perFile;
    private final String[] header;
    private final List<Path> written = new java.util.ArrayList<>();
    private CSVPrinter out;
    private int rows;

    Parts(Path dir, String name, int perFile, String... header) {
      this.dir = dir;
      this.name = name;
      this.perFile = perFile;
      this.header = header;
    }

    void print(String... cells) throws IOException {
      if (out == null || rows == perFile) {
        close();
        Path file = dir.resolve(String.format("%s-%03d.csv", name, written.size()));
        out = new CSVPrinter(java.nio.file.Files.newBufferedWriter(file),
            CSVFormat.RFC4180.builder().setHeader(header).get());
        written.add(file);
        rows = 0;
      }
      out.printRecord((Object[]) cells);
      rows++;
    }

    List<Path> close() throws IOException {
      if (out != null) {
        out.close();
        out = null;
      }
      return List.copyOf(written);
    }
  }
}
