package org.ogptracker.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where a client's re-encoding of an answer differs from the answer itself, as a client can
 * faithfully differ: a field with a null value is the same as an absent one, numbers compare by
 * value (2 and 2.0), and times by the instant they name to the millisecond (a JavaScript Date
 * keeps milliseconds, PostgreSQL microseconds).
 */
final class SameJson {
  private static final int MAX = 20;

  private SameJson() {}

  /** The paths at which {@code client} differs from {@code answer} (at most 20), none if same. */
  static List<String> differences(JsonNode answer, JsonNode client) {
    List<String> out = new ArrayList<>();
    compare("", answer, client, out);
    return out;
  }

  private static void compare(String at, JsonNode a, JsonNode c, List<String> out) {
    if (out.size() >= MAX) {
      return;
    }
    if (a.isObject() && c.isObject()) {
      Set<String> keys = new TreeSet<>();
      present(a).forEachRemaining(keys::add);
      present(c).forEachRemaining(keys::add);
      for (String k : keys) {
        compare(at + "/" + k, a.path(k), c.path(k), out);
      }
    } else if (a.isArray() && c.isArray()) {
      if (a.size() != c.size()) {
        out.add(at + ": " + a.size() + " items in the answer, " + c.size() + " decoded");
        return;
      }
      for (int i = 0; i < a.size(); i++) {
        compare(at + "/" + i, a.get(i), c.get(i), out);
      }
    } else if (a.isNumber() && c.isNumber()) {
      if (a.decimalValue().compareTo(c.decimalValue()) != 0) {
        out.add(at + ": " + a + " answered, " + c + " decoded");
      }
    } else if (!a.equals(c) && !sameInstant(a, c)) {
      out.add(at + ": " + shown(a) + " answered, " + shown(c) + " decoded");
    }
  }

  private static Iterator<String> present(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fields().forEachRemaining(f -> {
      if (!f.getValue().isNull()) {
        names.add(f.getKey());
      }
    });
    return names.iterator();
  }

  private static boolean sameInstant(JsonNode a, JsonNode c) {
    Instant x = instant(a);
    return x != null && x.equals(instant(c));
  }

  private static Instant instant(JsonNode n) {
    if (!n.isTextual()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(n.asText()).toInstant().truncatedTo(ChronoUnit.MILLIS);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String shown(JsonNode n) {
    return n.isMissingNode() ? "(absent)" : n.toString();
  }
}
