package org.ogptracker.reports.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.ColumnTransformer;

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

  /** Stored as JSON text (persistence/IrmRecordColumn), which the column takes as jsonb. */
  @ColumnTransformer(write = "cast(? as jsonb)")
  @Column(name = "indicators")
  public IrmRecord record;

  /** {@code true}, {@code false}, or the code of the sentinel that left the star open. */
  @Column(name = "starred_midterm")
  public String starredMidterm;

  @Column(name = "starred_end_of_term")
  public String starredEndOfTerm;

  @Column(name = "updated_at")
  public Instant updatedAt;

  public IrmRecord record() {
    return record;
  }

  /** Stores the record and the stars it gives. */
  public void set(IrmRecord record, Instant at) {
    this.record = record;
    starredMidterm = stored(record.star(Stage.MIDTERM));
    starredEndOfTerm = stored(record.star(Stage.END_OF_TERM));
    updatedAt = at;
  }

  /** How a star verdict is stored. */
  public static String stored(StarRule.Verdict v) {
    return v.starred() == null ? v.undecided().code() : v.starred().toString();
  }
}
