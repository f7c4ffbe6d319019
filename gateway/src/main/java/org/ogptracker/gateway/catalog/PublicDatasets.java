package org.ogptracker.gateway.catalog;

import java.util.List;

/**
 * The suite's public datasets, as every catalog of the gateway lists them: Project Open Data
 * ({@link DataCatalog}), DCAT-US 3 ({@link DcatUsCatalog}) and DCAT-AP 3 ({@link DcatApCatalog}).
 */
final class PublicDatasets {
  private PublicDatasets() {}

  /**
   * One public dataset: an id, what it is, its list endpoint, its keywords, and the event types
   * of the change feed that tell what changes in it.
   */
  record Dataset(String id, String title, String description, String path, List<String> keywords,
      List<String> changes) {
    /** The change feed of this dataset's changes alone (notifications-service). */
    String changesPath() {
      return "/api/v1/changes?type=" + String.join(",", changes);
    }
  }

  /** What a catalog says of a dataset's change feed distribution. */
  static final String CHANGES_DESCRIPTION = "Every change of the dataset as CloudEvents (JSON), "
      + "oldest first; give each answer's cursor as after to go on, now or days later (kept at "
      + "least 90 days); the same as Server-Sent Events at /api/v1/changes/stream";

  static final List<Dataset> ALL = List.of(
      new Dataset("members", "OGP members",
          "National and local members of the Open Government Partnership with their region, "
              + "kind and membership status.",
          "/api/v1/countries", List.of("open government partnership", "members", "countries"),
          List.of("ogp.country.registered.v1", "ogp.country.updated.v1",
              "ogp.country.status-changed.v1")),
      new Dataset("eligibility-assessments", "OGP eligibility assessments",
          "Yearly scores of each member on the four OGP eligibility criteria (fiscal "
              + "transparency, access to information, asset disclosure, citizen engagement) "
              + "and the result derived from them.",
          "/api/v1/eligibility/assessments", List.of("eligibility", "fiscal transparency",
              "access to information", "asset disclosure", "citizen engagement"),
          List.of("ogp.eligibility.assessed.v1")),
      new Dataset("action-plans", "OGP action plans",
          "Members' action plans: period, status, submission and their commitments.",
          "/api/v1/action-plans", List.of("action plans", "open government partnership"),
          List.of("ogp.action-plan.created.v1", "ogp.action-plan.updated.v1",
              "ogp.action-plan.submitted.v1", "ogp.action-plan.status-changed.v1")),
      new Dataset("commitments", "OGP commitments",
          "Commitments of the action plans with their grand challenges, OGP values and themes.",
          "/api/v1/commitments", List.of("commitments", "grand challenges", "ogp values"),
          List.of("ogp.commitment.registered.v1", "ogp.commitment.updated.v1",
              "ogp.milestone.added.v1", "ogp.milestone.progress-reported.v1")),
      new Dataset("irm-assessments", "IRM assessments of OGP commitments",
          "Each commitment's latest Independent Reporting Mechanism indicators (specificity, "
              + "relevance, potential impact, completion, did it open government) and stars.",
          "/api/v1/assessments", List.of("irm", "independent reporting mechanism", "starred"),
          List.of("ogp.report.published.v1")));
}
