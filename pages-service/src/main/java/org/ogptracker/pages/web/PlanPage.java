package org.ogptracker.pages.web;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestPath;
import org.ogptracker.pages.api.CommitmentsApi;
import org.ogptracker.pages.api.CountriesApi;
import org.ogptracker.pages.api.ReportsApi;
import org.ogptracker.pages.charts.BarChart;

/**
 * An action plan: its period and status, its process deadlines met or missed, and each
 * commitment with its milestones' progress, its IRM star and the government's word beside the
 * IRM's where they differ; completion by grand challenge as a chart.
 */
@Path("/plans/{id}")
public class PlanPage {
  private final Template plan;
  private final CountriesApi countries;
  private final CommitmentsApi commitments;
  private final ReportsApi reports;
  private final PageResponses pages;

  PlanPage(Template plan, @RestClient CountriesApi countries,
      @RestClient CommitmentsApi commitments, @RestClient ReportsApi reports,
      PageResponses pages) {
    this.plan = plan;
    this.countries = countries;
    this.commitments = commitments;
    this.reports = reports;
    this.pages = pages;
  }

  /** How far the IRM's completion ratings are taken to be, for the chart. */
  static final Map<String, Integer> IRM_COMPLETION = Map.of("not_started", 0, "limited", 33,
      "substantial", 67, "complete", 100);

  /** A commitment as the plan shows it: its milestones, IRM record and disagreements. */
  @TemplateData
  public record Row(CommitmentsApi.Commitment commitment, List<CommitmentsApi.Milestone> milestones,
      ReportsApi.IrmRecord irm, List<ReportsApi.Disagreement> disagreements) {
    /**
     * How complete it is, in percent: its milestones' average; without milestones (the OGP
     * export has none), the IRM's completion rating, at the end of term, else at mid-term; empty
     * when neither says.
     */
    public OptionalInt completion() {
      if (!milestones.isEmpty()) {
        return OptionalInt.of((int) Math.round(milestones.stream()
            .mapToInt(CommitmentsApi.Milestone::percentComplete).average().orElse(0)));
      }
      if (irm == null) {
        return OptionalInt.empty();
      }
      for (ReportsApi.Indicator rating : new ReportsApi.Indicator[] {irm.completionEndOfTerm(),
          irm.completionMidterm()}) {
        if (rating != null && IRM_COMPLETION.containsKey(rating.code())) {
          return OptionalInt.of(IRM_COMPLETION.get(rating.code()));
        }
      }
      return OptionalInt.empty();
    }
  }

  @GET
  @Produces(MediaType.TEXT_HTML)
  public Uni<Response> get(@RestPath("id") String path, @Context UriInfo uri,
      @Context HttpHeaders headers) {
    String id = PagePaths.id(path);
    PageRequest page = pages.request(uri, headers);
    return pages.page(page, headers, () -> Uni.combine().all().unis(commitments.plan(id),
            commitments.commitments(null, null, id, null, null, null, 200, null,
                CommitmentsApi.NO_DESCRIPTIONS),
            reports.planTracking(id).onFailure(PageErrors::notFound).recoverWithNull(),
            reports.assessments(null, id, 200))
        .asTuple().flatMap(r -> {
          CommitmentsApi.PlanDetail p = r.getItem1();
          Map<String, ReportsApi.IrmRecord> irm = r.getItem4().items().stream()
              .collect(Collectors.toMap(ReportsApi.IrmRecord::commitmentId,
                  Function.identity(), (a, b) -> a));
          List<Uni<Row>> rows = r.getItem2().items().stream().map(c -> row(c, irm.get(c.id())))
              .toList();
          Uni<List<Row>> all = rows.isEmpty() ? Uni.createFrom().item(List.of())
              : Uni.join().all(rows).andFailFast();
          return Uni.combine().all().unis(all, countries.member(p.memberCode())).asTuple()
              .flatMap(done -> {
                Texts t = page.t();
                CountriesApi.Member member = done.getItem2();
                String name = t.format("plan.name", p.number(), p.periodStart(), p.periodEnd());
                PageRequest titled = page.titled(member.name() + ": " + name,
                        t.format("plan.description", member.name(), name,
                            done.getItem1().size()))
                    .data("/api/v1/action-plans/" + p.id(),
                        "/api/v1/commitments?plan=" + p.id() + "&format=csv");
                return pages.made(plan.data("plan", p).data("member", member)
                    .data("name", name)
                    .data("rows", done.getItem1())
                    .data("deadlines", r.getItem3() == null ? List.of()
                        : r.getItem3().deadlines())
                    .data("byChallenge", byChallenge(done.getItem1(), t)), titled);
              });
        }));
  }

  private Uni<Row> row(CommitmentsApi.Commitment c, ReportsApi.IrmRecord irm) {
    return Uni.combine().all().unis(commitments.milestones(c.id(), 200),
            reports.scorecard(c.id()).onFailure(PageErrors::notFound).recoverWithNull())
        .asTuple().map(m -> new Row(c, m.getItem1().items(), irm,
            m.getItem2() == null || m.getItem2().disagreements() == null ? List.of()
                : m.getItem2().disagreements()));
  }

  /** Each grand challenge's commitments' average completion (of those whose completion is known). */
  static BarChart byChallenge(List<Row> rows, Texts t) {
    List<BarChart.Bar> bars = new ArrayList<>();
    for (String challenge : Vocabulary.GRAND_CHALLENGES) {
      List<Integer> known = rows.stream()
          .filter(r -> r.commitment().grandChallenges() != null
              && r.commitment().grandChallenges().contains(challenge))
          .map(Row::completion).filter(OptionalInt::isPresent).map(OptionalInt::getAsInt)
          .toList();
      if (!known.isEmpty()) {
        double completion = known.stream().mapToInt(Integer::intValue).average().orElse(0);
        bars.add(new BarChart.Bar(t.code("challenge", challenge), completion,
            t.format("plan.chart.value", Math.round(completion), known.size())));
      }
    }
    return BarChart.of("by-challenge", t.get("plan.chart"), bars, 100);
  }
}
