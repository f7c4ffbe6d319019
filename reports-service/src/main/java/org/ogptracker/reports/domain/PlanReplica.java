package org.ogptracker.reports.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** An action plan as commitments-service last announced it. */
@Entity
@Table(name = "plan_replica")
public class PlanReplica {
  @Id
  public String id;

  @Column(name = "member_code")
  public String memberCode;

  public int number;

  @Column(name = "period_start")
  public String periodStart;

  @Column(name = "period_end")
  public String periodEnd;

  @Column(name = "submitted_on")
  public LocalDate submittedOn;

  /** Status code as commitments-service spells it. */
  public String status;

  /** Its version in commitments-service of the last event applied (null: none had one). */
  public Long version;

  @Column(name = "updated_at")
  public Instant updatedAt;
}
