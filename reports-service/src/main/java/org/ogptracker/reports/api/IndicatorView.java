package org.ogptracker.reports.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ogptracker.reports.domain.IndicatorField;

/** An indicator's code with its label; in CSV, the code. */
@Schema(name = "Indicator", description = "A code of the indicator's scale, or a sentinel: "
    + "no_data, not_reviewed, not_applicable")
public record IndicatorView(@Schema(example = "high", required = true) String code,
    @Schema(example = "High", required = true) String label) {

  /** The view of a single-valued field's code, null when absent. */
  static IndicatorView of(IndicatorField f, Object code) {
    return code instanceof String s ? new IndicatorView(s, f.label(s)) : null;
  }

  /** Relevance: the OGP values (empty: none), or one sentinel; null when absent. */
  static List<IndicatorView> relevance(Object codes) {
    if (codes instanceof List<?> values) {
      return values.stream().map(v -> of(IndicatorField.RELEVANCE, v)).toList();
    }
    IndicatorView sentinel = of(IndicatorField.RELEVANCE, codes);
    return sentinel == null ? null : List.of(sentinel);
  }

  @Override
  public String toString() {
    return code;
  }
}
