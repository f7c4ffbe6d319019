package org.ogptracker.commitments.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ogptracker.commitments.domain.Theme;
import org.ogptracker.platform.csv.CsvPageWriter;
import org.ogptracker.platform.paging.Page;

/** The policy areas (themes) commitments are tagged with. */
@Path("/api/v1/themes")
@Tag(name = "Commitments")
public class ThemeResource {
  @GET
  @Produces({MediaType.APPLICATION_JSON, CsvPageWriter.TEXT_CSV})
  @Operation(operationId = "listThemes",
      summary = "Policy areas, as the columns of the OGP export name them",
      description = "Every theme code a commitment may carry, with its label: the columns of the "
          + "OGP export. One page; CSV with Accept: text/csv.")
  public Page<ThemeView> list() {
    return Page.last(Theme.all().stream().map(ThemeView::of).toList());
  }
}
