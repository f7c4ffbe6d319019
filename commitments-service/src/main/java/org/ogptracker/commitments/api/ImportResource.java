package org.ogptracker.commitments.api;

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
import org.ogptracker.commitments.importer.OgpExportImporter;
import org.ogptracker.platform.csv.CsvPageWriter;
import org.ogptracker.platform.security.Roles;

/** Imports of the public OGP export. */
@Path("/api/v1/imports")
@Tag(name = "Imports", description = "Loading the public OGP commitments export")
public class ImportResource {
  private final OgpExportImporter importer;

  ImportResource(OgpExportImporter importer) {
    this.importer = importer;
  }

  @POST
  @Path("/ogp-export")
  @RolesAllowed(Roles.ADMIN)
  @Consumes(CsvPageWriter.TEXT_CSV)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Import the plans and commitments of the OGP export (admin)",
      description = "Body: the export as CSV. Creates the plans and commitments not yet known; "
          + "running it twice changes nothing. Rows that cannot be read are reported with their "
          + "line and skipped; cells read as unknown (e.g. a start date 'Underway') are warnings.")
  public OgpExportImporter.Report importExport(InputStream csv) {
    return importer.importCsv(new InputStreamReader(csv, StandardCharsets.UTF_8));
  }
}
