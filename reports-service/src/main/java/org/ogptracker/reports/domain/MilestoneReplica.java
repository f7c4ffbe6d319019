package org.ogptracker.reports.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A milestone and its self-reported progress, as commitments-service last announced it. */
@Entity
@Table(name = "milestone_replica")
public class MilestoneReplica {
  @Id
  public String id;

  @Column(name = "commitment_id")
  public String commitmentId;

  @Column(name = "plan_id")
  public String planId;

  public String description;

  @Column(name = "due_date")
  public LocalDate dueDate;

  public String status;

  @Column(name = "percent_complete")
  public int percentComplete;

  /** Its version in commitments-service of the last event applied (null: none had one). */
  public Long version;

  @Column(name = "updated_at")
  public Instant updatedAt;
}
