package org.ogptracker.reports.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ogptracker.reports.domain.Report;
import org.ogptracker.reports.domain.ReportKind;
import org.ogptracker.reports.domain.ReportStatus;

/** A self-assessment or IRM report. */
@Schema(name = "Report")
public record ReportView(
    @Schema(example = "AP_ALB03-APR-v1") String id,
    @Schema(example = "AP_ALB03") String planId,
    @Schema(example = "ALB") String memberCode,
    ReportKind kind,
    @Schema(description = "1, then one more per correction") int reportVersion,
    @Schema(description = "The report this version corrects") String corrects,
    ReportStatus status,
    LocalDate publishedOn,
    String summary,
    List<String> documentUrls,
    @Schema(description = "api, or ogp-export for reports imported from the OGP export")
        String source,
    String createdBy,
    Instant createdAt,
    Instant updatedAt,
    @Schema(description = "IRM reports: the second reviewer who approved it for publication")
        String approvedBy,
    Instant approvedAt) {

  static ReportView of(Report r) {
    return new ReportView(r.id, r.planId, r.memberCode, r.kind, r.reportVersion, r.corrects,
        r.status, r.publishedOn, r.summary, r.documentUrls, r.source, r.createdBy, r.createdAt,
        r.updatedAt, r.approvedBy, r.approvedAt);
  }
}
