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
    @Schema(example = "AP_ALB03-APR-v2", required = true) String id,
    @Schema(example = "AP_ALB03", required = true) String planId,
    @Schema(example = "ALB", required = true) String memberCode,
    @Schema(required = true) ReportKind kind,
    @Schema(description = "1, then one more per correction", example = "2", required = true)
        int reportVersion,
    @Schema(description = "The report this version corrects", example = "AP_ALB03-APR-v1")
        String corrects,
    @Schema(required = true) ReportStatus status,
    LocalDate publishedOn,
    @Schema(example = "The IRM's review of Albania's 2016-2018 action plan: the design of its"
        + " commitments and their completion at mid-term") String summary,
    @Schema(example = "[\"https://www.opengovpartnership.org/documents/"
        + "albania-mid-term-report-2016-2018/\"]", required = true) List<String> documentUrls,
    @Schema(description = "api, or ogp-export for reports imported from the OGP export",
        example = "api", required = true)
        String source,
    @Schema(example = "dev-reviewer", required = true) String createdBy,
    @Schema(required = true) Instant createdAt,
    @Schema(required = true) Instant updatedAt,
    @Schema(description = "IRM reports: the second reviewer who approved it for publication",
        example = "dev-reviewer-second") String approvedBy,
    Instant approvedAt) {

  static ReportView of(Report r) {
    return new ReportView(r.id, r.planId, r.memberCode, r.kind, r.reportVersion, r.corrects,
        r.status, r.publishedOn, r.summary, r.documentUrls, r.source, r.createdBy, r.createdAt,
        r.updatedAt, r.approvedBy, r.approvedAt);
  }
}
