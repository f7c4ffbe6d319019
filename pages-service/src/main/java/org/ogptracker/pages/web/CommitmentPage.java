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
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestPath;
import org.ogptracker.pages.api.CommitmentsApi;
import org.ogptracker.pages.api.ReportsApi;

/**
 * A commitment: what it promises and who leads it, each milestone with the timeline of the
 * progress reported on it and the evidence linked, and its scorecard: the IRM's indicators and
 * the government's word beside them.
 */
@Path("/commitments/{id}")
public class CommitmentPage {
  private final Template commitment;
  private final CommitmentsApi commitments;
  private final ReportsApi reports;
  private final PageResponses pages;

  CommitmentPage(Template commitment, @RestClient CommitmentsApi commitments,
      @RestClient ReportsApi reports, PageResponses pages) {
    this.commitment = commitment;
    this.commitments = commitments;
    this.reports = reports;
    this.pages = pages;
  }

  /** A milestone and its progress updates, newest first. */
  @TemplateData
  public record Timeline(CommitmentsApi.Milestone milestone,
      List<CommitmentsApi.Progress> updates) {}

  @GET
  @Produces(MediaType.TEXT_HTML)
  public Uni<Response> get(@RestPath("id") String path, @Context UriInfo uri,
      @Context HttpHeaders headers) {
    String id = PagePaths.id(path);
    PageRequest page = pages.request(uri, headers);
    return pages.page(page, headers, () -> Uni.combine().all().unis(commitments.commitment(id),
            commitments.milestones(id, 200).flatMap(this::timelines),
            reports.scorecard(id).onFailure(PageErrors::notFound).recoverWithNull())
        .asTuple().flatMap(r -> {
          CommitmentsApi.Commitment c = r.getItem1();
          ReportsApi.Scorecard card = r.getItem3();
          PageRequest titled = page.titled(c.title(), page.t().format("commitment.description",
                  c.id(), r.getItem2().size()))
              .data("/api/v1/commitments/" + c.id(),
                  "/api/v1/commitments/" + c.id() + "/milestones?format=csv");
          return pages.made(commitment.data("commitment", c)
              .data("timelines", r.getItem2())
              .data("irm", card == null || card.irm() == null ? null : card.irm().record())
              .data("self", card == null ? null : card.selfReported())
              .data("disagreements", card == null || card.disagreements() == null ? List.of()
                  : card.disagreements()), titled);
        }));
  }

  private Uni<List<Timeline>> timelines(org.ogptracker.pages.api.ApiPage<
      CommitmentsApi.Milestone> milestones) {
    List<Uni<Timeline>> each = milestones.items().stream()
        .map(m -> commitments.progress(m.id(), 200)
            .map(p -> new Timeline(m, p.items()))).toList();
    return each.isEmpty() ? Uni.createFrom().item(List.of()) : Uni.join().all(each).andFailFast();
  }
}
