package org.ogptracker.reports.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What the IRM last published about one commitment: the design indicators and mid-term
 * completion of its latest Action Plan Review, the end-of-term completion and results of its
 * latest Results Report, and the star at each stage.
 */
@Entity
@Table(name = "commitment_assessment")
public class CommitmentAssessment {
  @Id
  @Column(name = "commitment_id")
  public String commitmentId;

  @Column(name = "plan_id")
  public String planId;

  @Column(name = "member_code")
  public String memberCode;

  @Column(name = "design_report_id")
  public String designReportId;

  @Column(name = "results_report_id")
  public String resultsReportId;

  /** The {@link IrmRecord} as JSON. */
  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "indicators")
  public String indicatorsJson;

  /** {@code true}, {@code false}, or the code of the sentinel that left the star open. */
  @Column(name = "starred_midterm")
  public String starredMidterm;

  @Column(name = "starred_end_of_term")
  public String starredEndOfTerm;

  @Column(name = "updated_at")
  public Instant updatedAt;

  public IrmRecord record() {
    return IrmRecord.fromJson(indicatorsJson);
  }

  /** Stores the record and the stars it gives. */
  public void set(IrmRecord record, Instant at) {
    indicatorsJson = record.toJson();
    starredMidterm = stored(record.star(Stage.MIDTERM));
    starredEndOfTerm = stored(record.star(Stage.END_OF_TERM));
    updatedAt = at;
  }

  /** How a star verdict is stored. */
  public static String stored(StarRule.Verdict v) {
    return v.starred() == null ? v.undecided().code() : v.starred().toString();
  }
}
