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
import org.ogptracker.commitments.importer.BulkReport;
import org.ogptracker.commitments.importer.MilestoneImporter;
import org.ogptracker.commitments.importer.OgpExportImporter;
import org.ogptracker.commitments.importer.ProgressImporter;
import org.ogptracker.platform.csv.CsvPageWriter;
import org.ogptracker.platform.security.Caller;
import org.ogptracker.platform.security.Roles;

/** Imports of the public OGP export. */
@Path("/api/v1/imports")
@Tag(name = "Imports", description = "Loading the public OGP commitments export")
public class ImportResource {
  private final OgpExportImporter importer;
  private final MilestoneImporter milestones;
  private final ProgressImporter progress;
  private final Caller caller;

  ImportResource(OgpExportImporter importer, MilestoneImporter milestones,
      ProgressImporter progress, Caller caller) {
    this.importer = importer;
    this.milestones = milestones;
    this.progress = progress;
    this.caller = caller;
  }

  @POST
  @Path("/ogp-export")
  @RolesAllowed(Roles.ADMIN)
  @Consumes(CsvPageWriter.TEXT_CSV)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(operationId = "importPlansAndCommitments",
      summary = "Import the plans and commitments of the OGP export (admin)",
      description = "Body: the export as CSV. Creates the plans and commitments not yet known; "
          + "running it twice changes nothing. Rows that cannot be read are reported with their "
          + "line and skipped; cells read as unknown (e.g. a start date 'Underway') are warnings.")
  public OgpExportImporter.Report importExport(InputStream csv) {
    return importer.importCsv(new InputStreamReader(csv, StandardCharsets.UTF_8));
  }

  @POST
  @Path("/milestones")
  @RolesAllowed(Roles.ADMIN)
  @Consumes(CsvPageWriter.TEXT_CSV)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(operationId = "importMilestones", summary = "Import milestones in bulk (admin)",
      description = "Body: CSV with the columns commitment_id, number, description and, "
          + "optionally, due_date (YYYY-MM-DD). Creates milestone {commitment_id}.{number} "
          + "unless it exists; running it twice changes nothing. Rows that cannot be read or "
          + "name no commitment are reported with their line (the first 100) and skipped. "
          + "Written in batches of 1,000 rows, each with its events.")
  public BulkReport importMilestones(InputStream csv) {
    return milestones.importCsv(new InputStreamReader(csv, StandardCharsets.UTF_8));
  }

  @POST
  @Path("/progress")
  @RolesAllowed(Roles.ADMIN)
  @Consumes(CsvPageWriter.TEXT_CSV)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(operationId = "importProgress", summary = "Import progress history in bulk (admin)",
      description = "Body: CSV with the columns milestone_id, reported_at (an instant such as "
          + "2024-03-01T09:30:00Z), status and, optionally, percent_complete, note, "
          + "evidence_urls (space separated) and author (default: the importing admin). "
          + "History is appended in time order: a row after its milestone's latest update is "
          + "added, one already there is unchanged (running it twice changes nothing), an older "
          + "one is skipped. Each added update publishes ogp.milestone.progress-reported.v1.")
  public BulkReport importProgress(InputStream csv) {
    return progress.importCsv(new InputStreamReader(csv, StandardCharsets.UTF_8), caller.subject());
  }
}
