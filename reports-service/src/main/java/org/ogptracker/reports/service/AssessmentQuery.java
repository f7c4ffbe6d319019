package org.ogptracker.reports.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ogptracker.platform.paging.PageRequest;
import org.ogptracker.reports.domain.CommitmentAssessment;
import org.ogptracker.reports.domain.IndicatorField;
import org.ogptracker.reports.domain.Indicators;
import org.ogptracker.reports.domain.IrmRecord;
import org.ogptracker.reports.domain.Sentinel;
import org.ogptracker.reports.domain.Stage;
import org.ogptracker.reports.persistence.JsonColumns;

/**
 * Reads the commitments' latest IRM records: filtered lists and counts. Indicator filters are
 * one JSON containment test ({@code indicators @> ...}) served by a GIN index.
 */
@ApplicationScoped
public class AssessmentQuery {
  private final EntityManager em;

  AssessmentQuery(EntityManager em) {
    this.em = em;
  }

  /**
   * Filters; null means any.
   *
   * @param indicators record key (API name, {@code completionMidterm}, ...) to a code; checked
   *     by the caller
   * @param completion a completion code at {@code stage}, or at either stage without one
   */
  public record Filter(String country, String plan, Boolean starred, Stage stage,
      Map<String, String> indicators, String completion) {}

  /** Counts of each code of each indicator, and of each star verdict, in the filtered records. */
  public record Counts(@Schema(example = "13", required = true) long commitments,
      @Schema(example = "{\"specificity\": {\"high\": 4, \"medium\": 3, \"no_data\": 6},"
          + " \"completionMidterm\": {\"complete\": 1, \"limited\": 5, \"no_data\": 6,"
          + " \"substantial\": 1}}", required = true)
          Map<String, Map<String, Long>> indicators,
      @Schema(example = "{\"false\": 6, \"no_data\": 6, \"true\": 1}", required = true)
          Map<String, Long> starredMidterm,
      @Schema(example = "{\"false\": 1, \"no_data\": 7, \"not_reviewed\": 3, \"true\": 2}",
          required = true) Map<String, Long> starredEndOfTerm) {}

  @Transactional
  public List<CommitmentAssessment> list(Filter f, PageRequest page) {
    List<String> where = new ArrayList<>();
    Map<String, Object> params = new LinkedHashMap<>();
    conditions(f, where, params);
    if (!page.first()) {
      where.add("commitment_id > :after");
      params.put("after", page.after(0));
    }
    Query q = em.createNativeQuery("select * from commitment_assessment"
        + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
        + " order by commitment_id", CommitmentAssessment.class);
    params.forEach(q::setParameter);
    @SuppressWarnings("unchecked")
    List<CommitmentAssessment> rows = q.setMaxResults(page.limit() + 1).getResultList();
    return rows;
  }

  @Transactional
  public Counts counts(Filter f) {
    List<String> where = new ArrayList<>();
    Map<String, Object> params = new LinkedHashMap<>();
    conditions(f, where, params);
    String from = "from commitment_assessment a"
        + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
    Map<String, Map<String, Long>> indicators = new LinkedHashMap<>();
    // single codes, then relevance: each OGP value, or its sentinel
    String sql = "select e.key, e.value, count(*) " + from.replace("from commitment_assessment a",
        "from commitment_assessment a, jsonb_each_text(a.indicators) e")
        + (where.isEmpty() ? " where" : " and") + " jsonb_typeof(a.indicators -> e.key) = 'string'"
        + " group by 1, 2 union all select 'relevance', v, count(*) "
        + from.replace("from commitment_assessment a", "from commitment_assessment a, "
        + "jsonb_array_elements_text(case jsonb_typeof(a.indicators -> 'relevance') when 'array' "
        + "then a.indicators -> 'relevance' else '[]'::jsonb end) v") + " group by 1, 2";
    for (Object[] row : rows(sql, params)) {
      indicators.computeIfAbsent((String) row[0], k -> new TreeMap<>())
          .put((String) row[1], ((Number) row[2]).longValue());
    }
    Map<String, Long> midterm = new TreeMap<>();
    Map<String, Long> endOfTerm = new TreeMap<>();
    long total = 0;
    for (Object[] row : rows("select starred_midterm, starred_end_of_term, count(*) " + from
        + " group by 1, 2", params)) {
      long n = ((Number) row[2]).longValue();
      midterm.merge((String) row[0], n, Long::sum);
      endOfTerm.merge((String) row[1], n, Long::sum);
      total += n;
    }
    Map<String, Map<String, Long>> ordered = new LinkedHashMap<>();
    IrmRecord.empty().asMap().keySet().forEach(k -> {
      if (indicators.containsKey(k)) {
        ordered.put(k, indicators.get(k));
      }
    });
    return new Counts(total, ordered, midterm, endOfTerm);
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, Map<String, Object> params) {
    Query q = em.createNativeQuery(sql);
    params.forEach(q::setParameter);
    return q.getResultList();
  }

  private static void conditions(Filter f, List<String> where, Map<String, Object> params) {
    if (f.country() != null) {
      where.add("member_code = :country");
      params.put("country", f.country());
    }
    if (f.plan() != null) {
      where.add("plan_id = :plan");
      params.put("plan", f.plan());
    }
    if (f.starred() != null) {
      params.put("starred", f.starred().toString());
      if (f.stage() == Stage.MIDTERM) {
        where.add("starred_midterm = :starred");
      } else if (f.stage() == Stage.END_OF_TERM) {
        where.add("starred_end_of_term = :starred");
      } else {
        where.add(f.starred() ? "(starred_midterm = :starred or starred_end_of_term = :starred)"
            : "starred_midterm = :starred and starred_end_of_term = :starred");
      }
    }
    Map<String, Object> contains = new LinkedHashMap<>();
    f.indicators().forEach((key, code) -> contains.put(key,
        IndicatorField.RELEVANCE.apiName().equals(key) && !isSentinel(code) ? List.of(code) : code));
    if (!contains.isEmpty()) {
      where.add("indicators @> cast(:contains as jsonb)");
      params.put("contains", JsonColumns.write(contains));
    }
    if (f.completion() != null) {
      params.put("completion", f.completion());
      String mid = "indicators ->> '" + IrmRecord.COMPLETION_MIDTERM + "' = :completion";
      String end = "indicators ->> '" + IrmRecord.COMPLETION_END_OF_TERM + "' = :completion";
      where.add(f.stage() == Stage.MIDTERM ? mid : f.stage() == Stage.END_OF_TERM ? end
          : "(" + mid + " or " + end + ")");
    }
  }

  private static boolean isSentinel(String code) {
    return Sentinel.fromCode(code) != null;
  }
}
