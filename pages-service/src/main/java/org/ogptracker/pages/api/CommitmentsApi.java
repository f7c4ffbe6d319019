package org.ogptracker.pages.api;

import io.quarkus.qute.TemplateData;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpClosedException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * What the pages read of commitments-service's public API: plans, commitments, milestones and
 * the progress reported on them.
 */
@RegisterRestClient(configKey = "commitments")
@Retry(maxRetries = 1, delay = 0, retryOn = {IOException.class, HttpClosedException.class})
@Path("/api/v1")
public interface CommitmentsApi {
  @TemplateData
  record Plan(String id, String memberCode, int number, String periodStart, String periodEnd,
      LocalDate submittedOn, String status) {}

  @TemplateData
  record CommitmentRef(String id, String title) {}

  @TemplateData
  record PlanDetail(String id, String memberCode, int number, String periodStart,
      String periodEnd, LocalDate submittedOn, String status, List<CommitmentRef> commitments) {}

  @TemplateData
  record Commitment(String id, String planId, String memberCode, String title,
      String description, String leadInstitution, List<String> supportingInstitutions,
      LocalDate startDate, LocalDate endDate, List<String> grandChallenges,
      List<String> ogpValues, List<String> themes, String sourceUrl) {}

  @TemplateData
  record Milestone(String id, String commitmentId, int number, String description,
      LocalDate dueDate, String status, int percentComplete, int updates) {}

  @TemplateData
  record Progress(long id, String status, Integer percentComplete, String note,
      List<String> evidenceUrls, Instant reportedAt) {
    /** The day it was reported (UTC), as the page shows it. */
    public String day() {
      return reportedAt == null ? "" : reportedAt.toString().substring(0, 10);
    }
  }

  @TemplateData
  record Theme(String code, String label) {}

  @GET
  @Path("/action-plans")
  Uni<ApiPage<Plan>> plans(@RestQuery String country, @RestQuery String status,
      @RestQuery int limit);

  @GET
  @Path("/themes")
  Uni<ApiPage<Theme>> themes();

  @GET
  @Path("/action-plans/{id}")
  Uni<PlanDetail> plan(@RestPath String id);

  /** The lists' {@code descriptions}: none, for pages that show commitments by their titles. */
  String NO_DESCRIPTIONS = "none";

  @GET
  @Path("/commitments")
  Uni<ApiPage<Commitment>> commitments(@RestQuery String q, @RestQuery String country,
      @RestQuery String plan, @RestQuery String challenge, @RestQuery String theme,
      @RestQuery String value, @RestQuery int limit, @RestQuery String cursor,
      @RestQuery String descriptions);

  @GET
  @Path("/commitments/{id}")
  Uni<Commitment> commitment(@RestPath String id);

  @GET
  @Path("/commitments/{id}/milestones")
  Uni<ApiPage<Milestone>> milestones(@RestPath String id, @RestQuery int limit);

  @GET
  @Path("/milestones/{id}/progress")
  Uni<ApiPage<Progress>> progress(@RestPath String id, @RestQuery int limit);
}
