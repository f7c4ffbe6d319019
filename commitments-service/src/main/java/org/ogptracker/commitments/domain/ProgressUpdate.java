package org.ogptracker.commitments.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One report of a milestone's progress by government staff. Never changed once written. */
@Entity
@Immutable
@Table(name = "progress_update")
public class ProgressUpdate {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "milestone_id")
  public String milestoneId;

  @Enumerated(EnumType.STRING)
  public MilestoneStatus status;

  @Column(name = "percent_complete")
  public int percentComplete;

  public String note;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "evidence_urls")
  public List<String> evidenceUrls = List.of();

  public String author;

  @Column(name = "reported_at")
  public Instant reportedAt;

  protected ProgressUpdate() {}
}
