package org.ogptracker.pages.web;

import io.quarkus.qute.Template;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestPath;
import org.ogptracker.pages.api.CommitmentsApi;
import org.ogptracker.pages.api.CountriesApi;
import org.ogptracker.pages.api.ReportsApi;
import org.ogptracker.pages.charts.BarChart;

/**
 * A member: its status and how it came to be, its eligibility scores over the years, its plans
 * and the commitments the IRM starred in each.
 */
@Path("/members/{code}")
public class MemberPage {
  private final Template member;
  private final CountriesApi countries;
  private final CommitmentsApi commitments;
  private final ReportsApi reports;
  private final PageResponses pages;

  MemberPage(Template member, @RestClient CountriesApi countries,
      @RestClient CommitmentsApi commitments, @RestClient ReportsApi reports,
      PageResponses pages) {
    this.member = member;
    this.countries = countries;
    this.commitments = commitments;
    this.reports = reports;
    this.pages = pages;
  }

  @GET
  @Produces(MediaType.TEXT_HTML)
  public Uni<Response> get(@RestPath("code") String path, @Context UriInfo uri,
      @Context HttpHeaders headers) {
    String code = PagePaths.code(path);
    PageRequest page = pages.request(uri, headers);
    Texts t = page.t();
    return pages.page(page, headers, () -> Uni.combine().all().unis(countries.member(code),
            countries.statusHistory(code), countries.eligibility(code),
            commitments.plans(code, null, 200), reports.assessments(code, null, 200))
        .asTuple().flatMap(r -> {
          CountriesApi.Member m = r.getItem1();
          List<CountriesApi.Eligibility> years = r.getItem3().items().stream()
              .sorted(Comparator.comparingInt(CountriesApi.Eligibility::year)).toList();
          List<CommitmentsApi.Plan> plans = r.getItem4().items().stream()
              .sorted(Comparator.comparingInt(CommitmentsApi.Plan::number)).toList();
          Map<String, Long> stars = r.getItem5().items().stream()
              .filter(ReportsApi.IrmRecord::starred)
              .collect(Collectors.groupingBy(ReportsApi.IrmRecord::planId,
                  Collectors.counting()));
          BarChart eligibility = BarChart.of("eligibility", t.get("member.eligibility.chart"),
              years.stream().map(y -> new BarChart.Bar(Integer.toString(y.year()),
                  y.percent() == null ? 0 : y.percent(),
                  y.percent() == null ? t.get("none") : Math.round(y.percent()) + "%"))
                  .toList(), 100);
          BarChart starred = BarChart.of("stars", t.get("member.stars.chart"),
              plans.stream().map(p -> new BarChart.Bar(t.format("plan.name", p.number(),
                      p.periodStart(), p.periodEnd()), stars.getOrDefault(p.id(), 0L),
                  Long.toString(stars.getOrDefault(p.id(), 0L)))).toList(),
              Math.max(1, stars.values().stream().mapToLong(Long::longValue).max().orElse(1)));
          PageRequest titled = page.titled(m.name(), t.format("member.description", m.name(),
                  plans.size()))
              .data("/api/v1/countries/" + m.code(),
                  "/api/v1/action-plans?country=" + m.code() + "&format=csv");
          return pages.made(member.data("member", m)
              .data("history", r.getItem2().items())
              .data("years", years)
              .data("plans", plans)
              .data("stars", stars)
              .data("eligibilityChart", eligibility)
              .data("starsChart", starred), titled);
        }));
  }
}
