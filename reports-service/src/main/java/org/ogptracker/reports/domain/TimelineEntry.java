package org.ogptracker.reports.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One event received about a plan: its type, subject, when it happened and when it arrived. */
@Entity
@Immutable
@Table(name = "timeline_entry")
public class TimelineEntry {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long seq;

  @Column(name = "plan_id")
  public String planId;

  @Column(name = "event_id")
  public String eventId;

  public String type;

  public String subject;

  @Column(name = "occurred_at")
  public Instant occurredAt;

  @Column(name = "received_at")
  public Instant receivedAt;

  @JdbcTypeCode(SqlTypes.JSON)
  public String data;
}
