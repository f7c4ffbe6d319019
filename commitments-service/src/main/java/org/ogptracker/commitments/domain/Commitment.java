package org.ogptracker.commitments.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A commitment of an action plan, with the challenges, values and themes it addresses. */
@Entity
@Table(name = "commitment")
public class Commitment {
  @Id
  public String id;

  @Column(name = "plan_id")
  public String planId;

  @Column(name = "member_code")
  public String memberCode;

  public String title;

  public String description;

  @Column(name = "lead_institution")
  public String leadInstitution;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "supporting_institutions")
  public List<String> supportingInstitutions = List.of();

  @Column(name = "start_date")
  public LocalDate startDate;

  @Column(name = "end_date")
  public LocalDate endDate;

  /** Codes of {@link GrandChallenge}. */
  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "grand_challenges")
  public List<String> grandChallenges = List.of();

  /** Codes of {@link OgpValue}. */
  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "ogp_values")
  public List<String> ogpValues = List.of();

  /** Codes of {@link Theme}. */
  @JdbcTypeCode(SqlTypes.ARRAY)
  public List<String> themes = List.of();

  @Column(name = "source_url")
  public String sourceUrl;

  @Version
  public long version;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  public Commitment() {}
}
