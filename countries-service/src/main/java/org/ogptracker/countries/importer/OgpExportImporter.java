package org.ogptracker.countries.importer;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import org.ogptracker.countries.domain.MemberKind;
import org.ogptracker.countries.domain.MemberStatus;
import org.ogptracker.countries.domain.Region;
import org.ogptracker.countries.service.CountryService;
import org.ogptracker.countries.service.CountryService.Registration;
import org.ogptracker.platform.csv.CsvRows;

/**
 * Registers the members named in the OGP commitments export (one row per commitment, so each
 * member appears many times) as active members. Members that exist are left as they are, so a
 * second import changes nothing; a row that cannot be read is reported with its line and skipped.
 */
@ApplicationScoped
public class OgpExportImporter {
  static final String NAME = "Country/Locality";
  static final String CODE = "Code";
  static final String REGION = "Region";
  static final String KIND = "National Or Local";
  static final String REASON = "imported from the OGP commitments export";

  /** Outcome of one import: members created, already there, and rows skipped with why. */
  public record Report(int created, int unchanged, List<Skipped> skipped) {}

  /** A row that was not imported. */
  public record Skipped(long line, String message) {}

  private final CountryService countries;

  OgpExportImporter(CountryService countries) {
    this.countries = countries;
  }

  public Report importCsv(Reader csv, String by) {
    Map<String, Registration> members = new LinkedHashMap<>();
    List<Skipped> skipped = new ArrayList<>();
    try (CsvRows rows = CsvRows.open(csv, Set.of(NAME, CODE, REGION, KIND))) {
      for (CsvRows.Row row : rows) {
        try {
          Registration r = toRegistration(row);
          members.putIfAbsent(r.code(), r);
        } catch (IllegalArgumentException e) {
          skipped.add(new Skipped(row.line(), e.getMessage()));
        }
      }
    }
    int created = 0;
    for (Registration r : members.values()) {
      if (countries.registerIfAbsent(r, by)) {
        created++;
      }
    }
    return new Report(created, members.size() - created, skipped);
  }

  static Registration toRegistration(CsvRows.Row row) {
    String code = require(row, CODE);
    String name = require(row, NAME);
    MemberKind kind = kind(require(row, KIND));
    if (!kind.accepts(code)) {
      throw new IllegalArgumentException("code '" + code + "': " + kind.codeRule());
    }
    Region region = region(require(row, REGION));
    String parent = kind == MemberKind.LOCAL ? parentOf(code) : null;
    return new Registration(code, name, kind, parent, region, MemberStatus.ACTIVE, null, REASON);
  }

  /** "Legacy Local" members are OGP Local; "Other" (Kosovo) takes part as a national member. */
  static MemberKind kind(String value) {
    return switch (value) {
      case "National", "Other" -> MemberKind.NATIONAL;
      case "Local", "Legacy Local" -> MemberKind.LOCAL;
      default -> throw new IllegalArgumentException("unknown kind '" + value + "'");
    };
  }

  static Region region(String value) {
    for (Region r : Region.values()) {
      if (r.code().equals(value)) {
        return r;
      }
    }
    throw new IllegalArgumentException("unknown region '" + value + "'");
  }

  /** A local code starts with its country's ISO-2 code (ARBA: Buenos Aires, Argentina → ARG). */
  static String parentOf(String localCode) {
    try {
      String iso3 = new Locale("", localCode.substring(0, 2)).getISO3Country();
      if (iso3.isEmpty()) {
        throw new IllegalArgumentException("no country for local code '" + localCode + "'");
      }
      return iso3;
    } catch (MissingResourceException e) {
      throw new IllegalArgumentException("no country for local code '" + localCode + "'");
    }
  }

  private static String require(CsvRows.Row row, String column) {
    String v = row.get(column);
    if (v == null) {
      throw new IllegalArgumentException("'" + column + "' is empty");
    }
    return v;
  }
}
