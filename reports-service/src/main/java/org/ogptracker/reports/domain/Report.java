package org.ogptracker.reports.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A self-assessment or IRM report on one action plan. Written as a draft, then published; a
 * published report never changes, and a correction is a new version that names the one it
 * corrects.
 */
@Entity
@Table(name = "report")
public class Report {
  public static final String SOURCE_API = "api";
  public static final String SOURCE_EXPORT = "ogp-export";

  @Id
  public String id;

  @Column(name = "plan_id")
  public String planId;

  @Column(name = "member_code")
  public String memberCode;

  @Enumerated(EnumType.STRING)
  public ReportKind kind;

  @Column(name = "report_version")
  public int reportVersion;

  /** The id of the published report this version corrects. */
  public String corrects;

  @Enumerated(EnumType.STRING)
  public ReportStatus status;

  public String summary;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "document_urls")
  public List<String> documentUrls = List.of();

  @Column(name = "published_on")
  public LocalDate publishedOn;

  public String source;

  @Column(name = "created_by")
  public String createdBy;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  @Version
  public long version;

  /**
   * The reviewer who approved the draft as it stood at {@link #approvedVersion}: the second pair
   * of eyes an IRM report is published with. Written beside the version, not as a change of the
   * report (its ETag stays); any change after leaves the approval behind.
   */
  @Column(name = "approved_by")
  public String approvedBy;

  @Column(name = "approved_at")
  public Instant approvedAt;

  @Column(name = "approved_version")
  public Long approvedVersion;

  /** A new draft: version 1, or the version after the report it corrects. */
  public static Report draft(String planId, String memberCode, ReportKind kind, Report corrected,
      String summary, List<String> documentUrls, String by, Instant at) {
    Report r = new Report();
    r.reportVersion = corrected == null ? 1 : corrected.reportVersion + 1;
    r.id = kind.reportId(planId, r.reportVersion);
    r.planId = planId;
    r.memberCode = memberCode;
    r.kind = kind;
    r.corrects = corrected == null ? null : corrected.id;
    r.status = ReportStatus.DRAFT;
    r.summary = summary;
    r.documentUrls = documentUrls == null ? List.of() : List.copyOf(documentUrls);
    r.source = SOURCE_API;
    r.createdBy = by;
    r.createdAt = at;
    r.updatedAt = at;
    return r;
  }

  public boolean published() {
    return status == ReportStatus.PUBLISHED;
  }

  /**
   * Whether it may be published: a self-assessment (the government's own account) always; an
   * IRM report once a second reviewer approved it as it stands.
   */
  public boolean publishable() {
    return kind.byGovernment() || approvedVersion != null && approvedVersion == version;
  }

  /** Publishes a draft; a published report refuses. */
  public void publish(LocalDate on, Instant at) {
    if (published()) {
      throw new IllegalStateException("Report " + id + " is published and cannot change; "
          + "publish a correction instead");
    }
    status = ReportStatus.PUBLISHED;
    publishedOn = on;
    updatedAt = at;
  }
}
