package org.ogptracker.commitments.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A milestone of a commitment; its status and percent are those of its latest update. */
@Entity
@Table(name = "milestone")
public class Milestone {
  @Id
  public String id;

  @Column(name = "commitment_id")
  public String commitmentId;

  public int number;

  public String description;

  @Column(name = "due_date")
  public LocalDate dueDate;

  @Enumerated(EnumType.STRING)
  public MilestoneStatus status;

  @Column(name = "percent_complete")
  public int percentComplete;

  /** How many progress updates it has had. */
  public int updates;

  @Version
  public long version;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  protected Milestone() {}

  public static Milestone of(String commitmentId, int number, String description,
      LocalDate dueDate, Instant at) {
    Milestone m = new Milestone();
    m.id = CommitmentIds.milestone(commitmentId, number);
    m.commitmentId = commitmentId;
    m.number = number;
    m.description = description;
    m.dueDate = dueDate;
    m.status = MilestoneStatus.NOT_STARTED;
    m.percentComplete = 0;
    m.createdAt = at;
    m.updatedAt = at;
    return m;
  }

  /**
   * Where a milestone stands: what its latest update reported, how many it has had, its version.
   * The one rule of what an update does to it, for a live report and an import's set-wise
   * writer alike.
   */
  public record Standing(MilestoneStatus status, int percentComplete, int updates, long version) {
    /** After one more update, appended in time order: it stands where that update says. */
    public Standing after(Progress progress) {
      return new Standing(progress.status(), progress.percentComplete(), updates + 1,
          version + 1);
    }
  }

  public Standing standing() {
    return new Standing(status, percentComplete, updates, version);
  }
}
