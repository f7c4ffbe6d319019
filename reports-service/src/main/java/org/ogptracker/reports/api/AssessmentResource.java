package org.ogptracker.reports.api;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ogptracker.platform.csv.CsvPageWriter;
import org.ogptracker.platform.paging.NextLinks;
import org.ogptracker.platform.paging.Page;
import org.ogptracker.platform.paging.PageRequest;
import org.ogptracker.reports.service.AssessmentQuery;

/** The commitments' latest IRM records, for the public: filters, CSV and counts. */
@Path("/api/v1/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments", description = "Each commitment's latest IRM indicators and stars")
public class AssessmentResource {
  private final AssessmentQuery query;

  AssessmentResource(AssessmentQuery query) {
    this.query = query;
  }

  @GET
  @Produces({MediaType.APPLICATION_JSON, CsvPageWriter.TEXT_CSV})
  @Operation(operationId = "listIrmRecords", summary = "Each commitment's latest IRM record",
      description = "One record per commitment the IRM published on: design and mid-term "
          + "completion from its latest Action Plan Review, end-of-term completion and results "
          + "from its latest Results Report, and the star at each stage. In commitment order; "
          + "cursor pages; CSV with Accept: text/csv.")
  public Page<IrmRecordView> list(@Valid @BeanParam AssessmentFilterParams filter,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor,
      @Context UriInfo uri) {
    PageRequest page = PageRequest.of(limit, cursor);
    return page.page(query.list(filter.toFilter(), page), a -> List.of(a.commitmentId),
        NextLinks.from(uri)).map(IrmRecordView::of);
  }

  @GET
  @Path("/counts")
  @Operation(operationId = "countIrmRecords",
      summary = "How many records hold each code of each indicator, and each star",
      description = "Takes the filters of the list. Sentinels are counted as codes.")
  public AssessmentQuery.Counts counts(@Valid @BeanParam AssessmentFilterParams filter) {
    return query.counts(filter.toFilter());
  }
}
