package org.ogptracker.reports.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ogptracker.reports.domain.IndicatorField.Part;

/**
 * A commitment's latest IRM view: design and mid-term completion from its latest Action Plan
 * Review, end-of-term completion and results from its latest Results Report. A part the IRM has
 * not published is {@code not_reviewed}. The stars follow from it.
 */
public record IrmRecord(Indicators review, Indicators results) {
  public static final String COMPLETION_MIDTERM = "completionMidterm";
  public static final String COMPLETION_END_OF_TERM = "completionEndOfTerm";

  /** Nothing published yet: every indicator not reviewed. */
  public static IrmRecord empty() {
    return new IrmRecord(
        Indicators.parse(ReportKind.IRM_ACTION_PLAN_REVIEW, Map.of(), new ArrayList<>()),
        Indicators.parse(ReportKind.IRM_RESULTS_REPORT, Map.of(), new ArrayList<>()));
  }

  /** With the assessment of a newly published IRM report in place of the older one. */
  public IrmRecord with(ReportKind kind, Indicators published) {
    return switch (kind) {
      case IRM_ACTION_PLAN_REVIEW -> new IrmRecord(published, results);
      case IRM_RESULTS_REPORT -> new IrmRecord(review, published);
      default -> throw new IllegalArgumentException(kind.code() + " is no IRM report");
    };
  }

  public Indicator<Scales.Completion> completion(Stage stage) {
    Indicators from = stage == Stage.MIDTERM ? review : results;
    return from.read(IndicatorField.COMPLETION, Scales.Completion.class);
  }

  public StarRule.Verdict star(Stage stage) {
    return StarRule.evaluate(Indicators.starInputs(review, completion(stage)));
  }

  /** Flat, keyed by API names; each stage's completion under its own key. */
  public Map<String, Object> asMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    review.asMap().forEach((k, v) -> m.put(
        k.equals(IndicatorField.COMPLETION.apiName()) ? COMPLETION_MIDTERM : k, v));
    results.asMap().forEach((k, v) -> m.put(
        k.equals(IndicatorField.COMPLETION.apiName()) ? COMPLETION_END_OF_TERM : k, v));
    return m;
  }

  /** Back from {@link #asMap()}. */
  public static IrmRecord fromMap(Map<String, Object> all) {
    Map<String, Object> review = new LinkedHashMap<>();
    Map<String, Object> results = new LinkedHashMap<>();
    String completion = IndicatorField.COMPLETION.apiName();
    all.forEach((k, v) -> {
      if (k.equals(COMPLETION_MIDTERM)) {
        review.put(completion, v);
      } else if (k.equals(COMPLETION_END_OF_TERM)) {
        results.put(completion, v);
      } else {
        IndicatorField f = IndicatorField.byApiName(k);
        (f != null && f.part() == Part.DESIGN ? review : results).put(k, v);
      }
    });
    return new IrmRecord(Indicators.fromMap(review), Indicators.fromMap(results));
  }
}
