package org.ogptracker.reports.domain;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ogptracker.platform.codes.EnumCodes;
import org.ogptracker.reports.domain.Scales.Labelled;

/**
 * The indicators of one assessment, as codes: each field holds a code of its scale or a sentinel
 * code; relevance holds the list of OGP values (empty: relevant to none) or a sentinel code.
 * Immutable; stored as JSON keyed by the fields' API names (persistence/IndicatorsColumn).
 */
public final class Indicators {
  /** What is wrong with a given indicator: its API name and why. */
  public record FieldProblem(String field, String message) {}

  private final Map<IndicatorField, Object> codes;

  private Indicators(Map<IndicatorField, Object> codes) {
    this.codes = codes;
  }

  /**
   * Checks the indicators given for an assessment in a report of {@code kind}: each must be one
   * the kind holds, with a code of its scale or a sentinel. An indicator the kind holds and the
   * request leaves out is {@code not_reviewed}. Problems go to {@code errors}.
   *
   * @param given API name to a code, or for relevance a list of codes; nulls are left out
   */
  public static Indicators parse(ReportKind kind, Map<String, Object> given,
      List<FieldProblem> errors) {
    Map<IndicatorField, Object> codes = new EnumMap<>(IndicatorField.class);
    given.forEach((name, value) -> {
      IndicatorField f = IndicatorField.byApiName(name);
      if (f == null || value == null) {
        return;
      }
      if (!kind.holds(f)) {
        errors.add(new FieldProblem(name,
            "a " + kind.code() + " report does not assess " + name));
      } else if (f.setValued() && value instanceof Collection<?> list
          && list.size() > f.scaleCodes().size()) {
        errors.add(new FieldProblem(name, "holds at most " + f.scaleCodes().size()
            + " values, one of each: " + String.join(", ", f.scaleCodes())));
      } else if (f.setValued() && value instanceof Collection<?> list) {
        Set<String> values = new LinkedHashSet<>();
        for (Object v : list) {
          if (!f.scaleCodes().contains(String.valueOf(v))) {
            errors.add(new FieldProblem(name, "unknown OGP value '" + shown(v) + "'; allowed: "
                + String.join(", ", f.scaleCodes())));
          }
          values.add(String.valueOf(v));
        }
        codes.put(f, List.copyOf(values));
      } else if (value instanceof String code && f.allowed().contains(code)
          && (!f.setValued() || Sentinel.fromCode(code) != null)) {
        codes.put(f, code);
      } else {
        errors.add(new FieldProblem(name, "unknown value '" + shown(value) + "'; allowed: "
            + (f.setValued() ? "a list of " + String.join(", ", f.scaleCodes()) + ", or one of "
                + String.join(", ", EnumCodes.allowed(Sentinel.class))
                : String.join(", ", f.allowed()))));
      }
    });
    for (IndicatorField f : IndicatorField.values()) {
      if (kind.holds(f)) {
        codes.putIfAbsent(f, Sentinel.NOT_REVIEWED.code());
      }
    }
    return new Indicators(codes);
  }

  /** A value as a problem repeats it: never longer than a code could be. */
  private static String shown(Object value) {
    String s = String.valueOf(value);
    return s.length() <= 40 ? s : s.substring(0, 40) + "...";
  }

  /** Built from trusted codes (the importer); unknown API names are refused. */
  public static Indicators of(Map<IndicatorField, Object> codes) {
    return new Indicators(new EnumMap<>(codes));
  }

  /** From API names to codes; names of no indicator are skipped. */
  public static Indicators fromMap(Map<String, Object> stored) {
    Map<IndicatorField, Object> codes = new EnumMap<>(IndicatorField.class);
    stored.forEach((k, v) -> {
      IndicatorField f = IndicatorField.byApiName(k);
      if (f != null) {
        codes.put(f, v);
      }
    });
    return new Indicators(codes);
  }

  /** API name to code (or list of codes), in field order. */
  public Map<String, Object> asMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    codes.forEach((f, v) -> m.put(f.apiName(), v));
    return m;
  }

  public boolean has(IndicatorField f) {
    return codes.containsKey(f);
  }

  /** The code of a single-valued field, null when this assessment does not hold it. */
  public String code(IndicatorField f) {
    Object v = codes.get(f);
    return v instanceof String s ? s : null;
  }

  /** The OGP values of relevance, or null when relevance is a sentinel or not held. */
  @SuppressWarnings("unchecked")
  public List<String> relevantValues() {
    Object v = codes.get(IndicatorField.RELEVANCE);
    return v instanceof List<?> list ? (List<String>) list : null;
  }

  /** A field read on its scale: a value, or its sentinel (not_reviewed when not held). */
  public <E extends Enum<E> & Labelled> Indicator<E> read(IndicatorField f, Class<E> scale) {
    String code = code(f);
    Sentinel s = code == null ? Sentinel.NOT_REVIEWED : Sentinel.fromCode(code);
    if (s != null) {
      return Indicator.missing(s);
    }
    for (E e : scale.getEnumConstants()) {
      if (e.code().equals(code)) {
        return Indicator.of(e);
      }
    }
    throw new IllegalStateException(f.apiName() + " holds an unknown code " + code);
  }

  /** Relevant to at least one OGP value, or the sentinel of relevance. */
  public Indicator<Boolean> relevant() {
    List<String> values = relevantValues();
    if (values != null) {
      return Indicator.of(!values.isEmpty());
    }
    String code = code(IndicatorField.RELEVANCE);
    return Indicator.missing(code == null ? Sentinel.NOT_REVIEWED : Sentinel.fromCode(code));
  }

  /** The star inputs: the design of {@code design} and the completion of {@code completion}. */
  public static StarRule.Inputs starInputs(Indicators design, Indicator<Scales.Completion> completion) {
    return new StarRule.Inputs(
        design.read(IndicatorField.SPECIFICITY, Scales.Specificity.class),
        design.relevant(),
        design.read(IndicatorField.POTENTIAL_IMPACT, Scales.PotentialImpact.class),
        completion);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Indicators i && i.codes.equals(codes);
  }

  @Override
  public int hashCode() {
    return codes.hashCode();
  }

  @Override
  public String toString() {
    return asMap().toString();
  }
}
