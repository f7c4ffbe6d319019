package org.ogptracker.reports.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A commitment as commitments-service last announced it. */
@Entity
@Table(name = "commitment_replica")
public class CommitmentReplica {
  @Id
  public String id;

  @Column(name = "plan_id")
  public String planId;

  @Column(name = "member_code")
  public String memberCode;

  public String title;

  /** Its version in commitments-service of the last event applied (null: none had one). */
  public Long version;

  @Column(name = "updated_at")
  public Instant updatedAt;
}
