package org.ogptracker.reports.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;

/** A plan's process deadline: what is due and by when. */
@Entity
@Table(name = "deadline")
public class Deadline {

  /** Plan and kind. */
  @Embeddable
  public record Key(@Column(name = "plan_id") String planId,
      @Enumerated(EnumType.STRING) DeadlineKind kind) implements Serializable {}

  @EmbeddedId
  public Key id;

  @Column(name = "due_on")
  public LocalDate dueOn;
}
