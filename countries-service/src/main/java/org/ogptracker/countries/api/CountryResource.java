package org.ogptracker.countries.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.ogptracker.countries.domain.Member;
import org.ogptracker.countries.domain.MemberKind;
import org.ogptracker.countries.domain.MemberStatus;
import org.ogptracker.countries.domain.Region;
import org.ogptracker.countries.service.CountryService;
import org.ogptracker.countries.service.MemberRepository;
import org.ogptracker.platform.csv.CsvPageWriter;
import org.ogptracker.platform.http.EnumParams;
import org.ogptracker.platform.http.Etags;
import org.ogptracker.platform.http.IdempotentPosts;
import org.ogptracker.platform.paging.NextLinks;
import org.ogptracker.platform.paging.Page;
import org.ogptracker.platform.paging.PageRequest;
import org.ogptracker.platform.problem.Problems;
import org.ogptracker.platform.security.Caller;
import org.ogptracker.platform.security.Roles;

/** OGP members: public reads, admin writes. */
@Path("/api/v1/countries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Members", description = "OGP members, national and local, and their status history")
public class CountryResource {
  static final String CODE = "[A-Z]{3,4}";

  private final CountryService service;
  private final IdempotentPosts idempotent;
  private final Caller caller;

  CountryResource(CountryService service, IdempotentPosts idempotent, Caller caller) {
    this.service = service;
    this.idempotent = idempotent;
    this.caller = caller;
  }

  @GET
  @Produces({MediaType.APPLICATION_JSON, CsvPageWriter.TEXT_CSV})
  @Operation(operationId = "listCountries", summary = "List members",
      description = "Members in code order, filtered; cursor pages. CSV with Accept: text/csv.")
  public Page<MemberView> list(
      @Parameter(description = "Region as the OGP export spells it", example = "Europe",
          schema = @Schema(implementation = Region.class))
          @QueryParam("region") String region,
      @Parameter(description = "national or local",
          schema = @Schema(implementation = MemberKind.class)) @QueryParam("kind") String kind,
      @Parameter(description = "Membership status", example = "active",
          schema = @Schema(implementation = MemberStatus.class)) @QueryParam("status") String status,
      @Parameter(description = "Part of the name, or a code", example = "alb")
          @QueryParam("q") @Size(max = 100) String q,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor,
      @Context UriInfo uri) {
    var filter = new MemberRepository.Filter(
        EnumParams.parse(Region.class, region, "region"),
        EnumParams.parse(MemberKind.class, kind, "kind"),
        EnumParams.parse(MemberStatus.class, status, "status"),
        q == null || q.isBlank() ? null : q.strip());
    PageRequest page = PageRequest.of(limit, cursor);
    List<Member> rows = service.list(filter, page);
    return page.page(rows, m -> List.of(m.code), NextLinks.from(uri)).map(MemberView::of);
  }

  @GET
  @Path("/{code}")
  @Operation(operationId = "getCountry", summary = "One member with its current status",
      description = "Its kind, region, parent (for a local member), status and the date it joined. "
          + "ETag for If-Match and If-None-Match.")
  @APIResponse(responseCode = "200", description = "The member; ETag for If-Match",
      content = @Content(schema = @Schema(implementation = MemberView.class)))
  public RestResponse<MemberView> get(@PathParam("code") @Pattern(regexp = CODE) String code) {
    Member m = service.find(code).orElseThrow(() -> Problems.notFound("member", code));
    return Etags.ok(MemberView.of(m), m.version);
  }

  @POST
  @RolesAllowed(Roles.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "createCountry", summary = "Register a member (admin)",
      description = "Idempotent with an Idempotency-Key header: a retry returns the first response.")
  @APIResponse(responseCode = "201", description = "Registered",
      content = @Content(schema = @Schema(implementation = MemberView.class)))
  public Response register(
      @HeaderParam(IdempotentPosts.HEADER) @Parameter(description = "Makes a retry safe") String key,
      @Valid @NotNull NewMember body) {
    return idempotent.execute(key, "countries.register", body, () -> {
      Member m = service.register(body.toRegistration(), caller.subject());
      return Etags.created("/api/v1/countries/" + m.code, m.version, MemberView.of(m));
    });
  }

  @PATCH
  @Path("/{code}")
  @RolesAllowed(Roles.ADMIN)
  @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
  @Operation(operationId = "updateCountry", summary = "Change a member (admin)",
      description = "Merge patch: only the fields sent change. A status change is kept in the "
          + "history with its reason. Send If-Match with the ETag read to avoid lost updates.")
  @APIResponse(responseCode = "200", description = "The changed member",
      content = @Content(schema = @Schema(implementation = MemberView.class)))
  public RestResponse<MemberView> update(@PathParam("code") @Pattern(regexp = CODE) String code,
      @HeaderParam("If-Match") @Parameter(description = "ETag of the member as read") String ifMatch,
      @Valid @NotNull MemberPatch body) {
    Member m = service.update(code, body.toChanges(), ifMatch, caller.subject());
    return Etags.ok(MemberView.of(m), m.version);
  }

  @GET
  @Path("/{code}/status-history")
  @Produces({MediaType.APPLICATION_JSON, CsvPageWriter.TEXT_CSV})
  @Operation(operationId = "listCountryStatusHistory",
      summary = "Status history of a member, newest first",
      description = "Every change of the member's status, with its reason and who made it; never "
          + "changed or deleted. One page; CSV with Accept: text/csv.")
  public Page<StatusChangeView> history(@PathParam("code") @Pattern(regexp = CODE) String code) {
    return Page.last(service.history(code).stream().map(StatusChangeView::of).toList());
  }
}
