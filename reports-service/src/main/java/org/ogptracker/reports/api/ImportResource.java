package org.ogptracker.reports.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ogptracker.platform.csv.CsvPageWriter;
import org.ogptracker.platform.security.Caller;
import org.ogptracker.platform.security.Roles;
import org.ogptracker.reports.importer.IrmExportImporter;

/** Import of the IRM indicators of the public OGP export. */
@Path("/api/v1/imports")
@Tag(name = "Imports", description = "Loading the IRM indicators of the OGP commitments export")
public class ImportResource {
  private final IrmExportImporter importer;
  private final Caller caller;

  ImportResource(IrmExportImporter importer, Caller caller) {
    this.importer = importer;
    this.caller = caller;
  }

  @POST
  @Path("/ogp-export")
  @RolesAllowed(Roles.ADMIN)
  @Consumes(CsvPageWriter.TEXT_CSV)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(operationId = "importIrmReports",
      summary = "Import the IRM indicators of the OGP export as published reports (admin)",
      description = "Body: the export as CSV. Per plan, an Action Plan Review and a Results "
          + "Report where the export has them (ND, NR, NA kept as sentinels), and every "
          + "commitment's IRM record. Running it twice changes nothing.")
  public IrmExportImporter.Result importExport(InputStream csv) {
    return importer.importCsv(new InputStreamReader(csv, StandardCharsets.UTF_8), caller.subject());
  }
}
