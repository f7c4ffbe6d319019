package org.ogptracker.reports.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import org.hibernate.annotations.ColumnTransformer;

/** The indicators of one commitment in one report. */
@Entity
@Table(name = "assessment")
public class Assessment {

  /** Report and commitment. */
  @Embeddable
  public record Key(@Column(name = "report_id") String reportId,
      @Column(name = "commitment_id") String commitmentId) implements Serializable {}

  @EmbeddedId
  public Key id;

  /** Stored as JSON text (persistence/IndicatorsColumn), which the column takes as jsonb. */
  @ColumnTransformer(write = "cast(? as jsonb)")
  @Column(name = "indicators")
  public Indicators indicators;

  public String note;

  @Column(name = "assessed_by")
  public String assessedBy;

  @Column(name = "assessed_at")
  public Instant assessedAt;

  /** Its ETag; a replacement names it (If-Match). */
  @Version
  public long version;

  public static Assessment of(String reportId, String commitmentId, Indicators indicators,
      String note, String by, Instant at) {
    Assessment a = new Assessment();
    a.id = new Key(reportId, commitmentId);
    a.set(indicators, note, by, at);
    return a;
  }

  public void set(Indicators indicators, String note, String by, Instant at) {
    this.indicators = indicators;
    this.note = note;
    this.assessedBy = by;
    this.assessedAt = at;
  }

  public Indicators indicators() {
    return indicators;
  }
}
