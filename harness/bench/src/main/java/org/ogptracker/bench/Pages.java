package org.ogptracker.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The public tracker's pages a reader opens (issue 30), with the paths of every member, plan and
 * commitment of the real OGP export: what wrk cycles through for each kind of page.
 */
final class Pages {
  /** One kind of page and the paths of every page of that kind. */
  record Kind(String name, List<String> paths) {}

  /** Words a reader would search for; each matches commitments of the real export. */
  static final List<String> SEARCHES = List.of("parliament", "budget", "procurement",
      "transparency", "health", "justice");

  private Pages() {}

  /** The kinds of page, with the paths of the export's members, plans and commitments. */
  static List<Kind> ofExport(Path export) {
    Set<String> members = new LinkedHashSet<>();
    Set<String> plans = new LinkedHashSet<>();
    Set<String> commitments = new LinkedHashSet<>();
    try (Reader in = Files.newBufferedReader(export)) {
      for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
          .get().parse(in)) {
        members.add("/members/" + row.get("Code"));
        plans.add("/plans/" + row.get("Action Plan ID"));
        commitments.add("/commitments/" + row.get("Commitment Unique Identifier"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> searches = new ArrayList<>();
    for (String word : SEARCHES) {
      searches.add("/?q=" + word);
    }
    return List.of(new Kind("home: members and their plans", List.of("/")),
        new Kind("home: a search (50 results)", searches),
        new Kind("member", List.copyOf(members)),
        new Kind("plan", List.copyOf(plans)),
        new Kind("commitment", List.copyOf(commitments)));
  }
}
