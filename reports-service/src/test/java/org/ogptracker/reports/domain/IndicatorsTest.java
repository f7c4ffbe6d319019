package org.ogptracker.reports.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ogptracker.reports.persistence.IrmRecordColumn;

class IndicatorsTest {
  static Indicators parse(ReportKind kind, Map<String, Object> given, List<Indicators.FieldProblem> errors) {
    return Indicators.parse(kind, given, errors);
  }

  @Test
  void an_indicator_left_out_is_not_reviewed_and_one_the_kind_does_not_hold_is_absent() {
    List<Indicators.FieldProblem> errors = new ArrayList<>();
    Indicators i = parse(ReportKind.IRM_RESULTS_REPORT, Map.of("completion", "limited"), errors);
    assertEquals(List.of(), errors);
    assertEquals("limited", i.code(IndicatorField.COMPLETION));
    assertEquals("not_reviewed", i.code(IndicatorField.EARLY_RESULTS));
    assertNull(i.code(IndicatorField.SPECIFICITY));
    assertEquals(Sentinel.NOT_REVIEWED,
        i.read(IndicatorField.SPECIFICITY, Scales.Specificity.class).missing());
  }

  @Test
  void codes_outside_the_scale_and_indicators_outside_the_kind_are_errors() {
    List<Indicators.FieldProblem> errors = new ArrayList<>();
    Map<String, Object> given = new HashMap<>();
    given.put("completion", "done");
    given.put("specificity", "high");
    given.put("earlyResults", 3);
    parse(ReportKind.SELF_ASSESSMENT_MIDTERM, given, errors);
    assertEquals(3, errors.size(), errors.toString());
    assertTrue(errors.stream().anyMatch(e -> e.field().equals("specificity")
        && e.message().contains("does not assess")));
  }

  @Test
  void relevance_is_a_list_of_values_or_one_sentinel() {
    List<Indicators.FieldProblem> errors = new ArrayList<>();
    Indicators values = parse(ReportKind.IRM_ACTION_PLAN_REVIEW,
        Map.of("relevance", List.of("civic_participation", "civic_participation")), errors);
    assertEquals(List.of("civic_participation"), values.relevantValues());
    assertEquals(Indicator.of(true), values.relevant());
    Indicators none = parse(ReportKind.IRM_ACTION_PLAN_REVIEW, Map.of("relevance", List.of()),
        errors);
    assertEquals(Indicator.of(false), none.relevant());
    Indicators unknown = parse(ReportKind.IRM_ACTION_PLAN_REVIEW,
        Map.of("relevance", "no_data"), errors);
    assertEquals(Sentinel.NO_DATA, unknown.relevant().missing());
    assertEquals(List.of(), errors);
    parse(ReportKind.IRM_ACTION_PLAN_REVIEW, Map.of("relevance", "civic_participation"), errors);
    parse(ReportKind.IRM_ACTION_PLAN_REVIEW, Map.of("relevance", List.of("joy")), errors);
    assertEquals(2, errors.size(), errors.toString());
  }

  @Test
  void a_huge_relevance_list_is_one_problem_that_repeats_nothing_long() {
    List<Indicators.FieldProblem> errors = new ArrayList<>();
    List<String> huge = java.util.stream.IntStream.range(0, 10_000)
        .mapToObj(i -> "value-" + i).toList();
    parse(ReportKind.IRM_ACTION_PLAN_REVIEW, Map.of("relevance", huge), errors);
    assertEquals(1, errors.size());
    assertTrue(errors.get(0).message().startsWith("holds at most 4 values"), errors.toString());
    errors.clear();
    parse(ReportKind.IRM_ACTION_PLAN_REVIEW, Map.of("relevance", List.of("x".repeat(5000))),
        errors);
    assertTrue(errors.get(0).message().length() < 300, errors.get(0).message());
  }

  @Test
  void a_record_survives_its_json_and_keeps_each_stages_completion_apart() {
    List<Indicators.FieldProblem> errors = new ArrayList<>();
    IrmRecord r = IrmRecord.empty()
        .with(ReportKind.IRM_ACTION_PLAN_REVIEW, parse(ReportKind.IRM_ACTION_PLAN_REVIEW,
            Map.of("specificity", "medium", "relevance", List.of("technology_and_innovation"),
                "potentialImpact", "transformative", "completion", "limited"), errors))
        .with(ReportKind.IRM_RESULTS_REPORT, parse(ReportKind.IRM_RESULTS_REPORT,
            Map.of("completion", "complete", "didItOpenGovernment", "major"), errors));
    IrmRecordColumn column = new IrmRecordColumn(); // as it is stored, as it is read back
    IrmRecord back = column.convertToEntityAttribute(column.convertToDatabaseColumn(r));
    assertEquals(r, back);
    assertEquals("limited", back.asMap().get(IrmRecord.COMPLETION_MIDTERM));
    assertEquals("complete", back.asMap().get(IrmRecord.COMPLETION_END_OF_TERM));
    assertEquals(Boolean.FALSE, back.star(Stage.MIDTERM).starred());
    assertEquals(Boolean.TRUE, back.star(Stage.END_OF_TERM).starred());
  }
}
