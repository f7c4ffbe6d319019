package org.ogptracker.pages.api;

import io.quarkus.qute.TemplateData;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpClosedException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * What the pages read of reports-service's public API: a plan's process deadlines, the IRM's
 * record of each commitment and the government's word beside it.
 */
@RegisterRestClient(configKey = "reports")
@Retry(maxRetries = 1, delay = 0, retryOn = {IOException.class, HttpClosedException.class})
@Path("/api/v1")
public interface ReportsApi {
  /** A code of an IRM indicator's scale (or a sentinel: no_data, not_reviewed...) and its label. */
  @TemplateData
  record Indicator(String code, String label) {}

  @TemplateData
  record Deadline(String kind, LocalDate dueOn, String state, LocalDate metOn) {}

  @TemplateData
  record PlanTracking(String planId, List<Deadline> deadlines) {}

  /** The IRM's latest record of a commitment (the indicators the pages show). */
  @TemplateData
  record IrmRecord(String commitmentId, String planId, Indicator specificity,
      List<Indicator> relevance,
      Indicator potentialImpact, Indicator completionMidterm, Indicator completionEndOfTerm,
      Indicator didItOpenGovernment, Boolean starredMidterm, Boolean starredEndOfTerm) {
    public IrmRecord {
      relevance = relevance == null ? List.of() : relevance;
    }

    public boolean starred() {
      return Boolean.TRUE.equals(starredMidterm) || Boolean.TRUE.equals(starredEndOfTerm);
    }
  }

  @TemplateData
  record SelfAssessed(String stage, String reportId, Indicator completion) {}

  @TemplateData
  record SelfReported(Indicator completionFromMilestones, List<SelfAssessed> selfAssessments) {}

  @TemplateData
  record Irm(IrmRecord record) {}

  @TemplateData
  record Disagreement(String indicator, String stage, String government,
      String governmentSource, String irm, String irmSource) {}

  @TemplateData
  record Scorecard(String commitmentId, SelfReported selfReported, Irm irm,
      List<Disagreement> disagreements) {}

  @GET
  @Path("/plan-tracking/{planId}")
  Uni<PlanTracking> planTracking(@RestPath String planId);

  @GET
  @Path("/assessments")
  Uni<ApiPage<IrmRecord>> assessments(@RestQuery String country, @RestQuery String plan,
      @RestQuery int limit);

  @GET
  @Path("/scorecards/{commitmentId}")
  Uni<Scorecard> scorecard(@RestPath String commitmentId);
}
