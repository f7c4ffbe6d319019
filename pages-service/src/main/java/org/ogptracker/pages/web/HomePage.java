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
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestQuery;
import org.ogptracker.pages.api.ApiPage;
import org.ogptracker.pages.api.CommitmentsApi;
import org.ogptracker.pages.api.CountriesApi;

/**
 * The home page: the members with their plans in implementation, a region filter, and the
 * commitment search (full text, grand challenge, OGP value, theme) with its results.
 */
@Path("/")
public class HomePage {
  static final int MEMBERS_PER_PAGE = 100;
  static final int RESULTS_PER_PAGE = 50;

  private final Template home;
  private final CountriesApi countries;
  private final CommitmentsApi commitments;
  private final PageResponses pages;

  HomePage(Template home, @RestClient CountriesApi countries,
      @RestClient CommitmentsApi commitments, PageResponses pages) {
    this.home = home;
    this.countries = countries;
    this.commitments = commitments;
    this.pages = pages;
  }

  /** The parameters the home page reads (a search and its two lists' cursors). */
  static final List<String> PARAMETERS = List.of("q", "region", "challenge", "value", "theme",
      "members", "results");

  /** What the reader asked for: the members of a region, and commitments found. */
  @TemplateData
  public record Search(String q, String region, String challenge, String value, String theme) {
    public boolean any() {
      return q != null || challenge != null || value != null || theme != null;
    }
  }

  @GET
  @Produces(MediaType.TEXT_HTML)
  public Uni<Response> get(@RestQuery String q, @RestQuery String region,
      @RestQuery String challenge, @RestQuery String value, @RestQuery String theme,
      @RestQuery String members, @RestQuery String results, @Context UriInfo uri,
      @Context HttpHeaders headers) {
    Search search = new Search(blankless(q), blankless(region), blankless(challenge),
        blankless(value), blankless(theme));
    PageRequest page = pages.request(uri, headers, PARAMETERS);
    return pages.page(page, headers, () -> Uni.combine().all().unis(
            countries.members(search.region(), null, MEMBERS_PER_PAGE, blankless(members)),
            commitments.plans(null, "in_implementation", 200), commitments.themes(),
            search.any() ? commitments.commitments(search.q(), null, null, search.challenge(),
                search.theme(), search.value(), RESULTS_PER_PAGE, blankless(results),
                CommitmentsApi.NO_DESCRIPTIONS)
                : Uni.createFrom().item(new ApiPage<CommitmentsApi.Commitment>(List.of(), null)))
        .asTuple().flatMap(r -> {
          Map<String, CommitmentsApi.Plan> current = r.getItem2().items().stream()
              .collect(Collectors.toMap(CommitmentsApi.Plan::memberCode, Function.identity(),
                  (a, b) -> a.number() >= b.number() ? a : b));
          PageRequest titled = page.titled(page.t().get("home.title"),
              page.t().get("home.description"))
              .data("/api/v1/countries", "/api/v1/countries?format=csv");
          return pages.made(home.data("search", search)
              .data("members", r.getItem1())
              .data("current", current)
              .data("themes", r.getItem3())
              .data("found", search.any() ? r.getItem4() : null)
              .data("regions", Vocabulary.REGIONS)
              .data("challenges", Vocabulary.GRAND_CHALLENGES)
              .data("values", Vocabulary.OGP_VALUES), titled);
        }));
  }

  static String blankless(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
