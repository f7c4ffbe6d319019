package org.ogptracker.pages.api;

import io.quarkus.qute.TemplateData;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpClosedException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** What the pages read of countries-service's public API: members and their eligibility. */
@RegisterRestClient(configKey = "countries")
@Retry(maxRetries = 1, delay = 0, retryOn = {IOException.class, HttpClosedException.class})
@Path("/api/v1")
public interface CountriesApi {
  @TemplateData
  record Member(String code, String name, String kind, String parentCode, String region,
      String status, LocalDate joinedOn) {}

  @TemplateData
  record StatusChange(String from, String to, String reason, Instant changedAt) {
    /** The day it changed (UTC), as the page shows it. */
    public String day() {
      return changedAt == null ? "" : changedAt.toString().substring(0, 10);
    }
  }

  @TemplateData
  record Eligibility(int year, Integer points, Integer maxPoints, Double percent,
      String result) {}

  @GET
  @Path("/countries")
  Uni<ApiPage<Member>> members(@RestQuery String region, @RestQuery String q,
      @RestQuery int limit, @RestQuery String cursor);

  @GET
  @Path("/countries/{code}")
  Uni<Member> member(@RestPath String code);

  @GET
  @Path("/countries/{code}/status-history")
  Uni<ApiPage<StatusChange>> statusHistory(@RestPath String code);

  @GET
  @Path("/countries/{code}/eligibility")
  Uni<ApiPage<Eligibility>> eligibility(@RestPath String code);
}
