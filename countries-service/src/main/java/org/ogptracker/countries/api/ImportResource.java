package org.ogptracker.countries.api;

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
import org.ogptracker.countries.importer.OgpExportImporter;
import org.ogptracker.platform.csv.CsvPageWriter;
import org.ogptracker.platform.security.Caller;
import org.ogptracker.platform.security.Roles;

/** Imports of the public OGP export. */
@Path("/api/v1/imports")
@Tag(name = "Imports", description = "Loading the public OGP commitments export")
public class ImportResource {
  private final OgpExportImporter importer;
  private final Caller caller;

  ImportResource(OgpExportImporter importer, Caller caller) {
    this.importer = importer;
    this.caller = caller;
  }

  @POST
  @Path("/ogp-export")
  @RolesAllowed(Roles.ADMIN)
  @Consumes(CsvPageWriter.TEXT_CSV)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(operationId = "importMembers",
      summary = "Import the members of the OGP commitments export (admin)",
      description = "Body: the export as CSV (columns Country/Locality, Code, Region, National Or "
          + "Local). Registers each member not yet known as active; running it twice changes nothing.")
  public OgpExportImporter.Report importExport(InputStream csv) {
    return importer.importCsv(new InputStreamReader(csv, StandardCharsets.UTF_8), caller.subject());
  }
}
