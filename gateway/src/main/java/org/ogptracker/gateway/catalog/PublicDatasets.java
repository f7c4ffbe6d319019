package org.ogptracker.gateway.catalog;

import java.util.List;

/**
 * The suite's public datasets, as every catalog of the gateway lists them: Project Open Data
 * ({@link DataCatalog}), DCAT-US 3 ({@link DcatUsCatalog}) and DCAT-AP 3 ({@link DcatApCatalog}).
 */
final class PublicDatasets {
  private PublicDatasets() {}

  /** One public dataset: an id, what it is, its list endpoint, its keywords. */
  record Dataset(String id, String title, String description, String path, List<String> keywords) {}

  static final List<Dataset> ALL = List.of(
      new Dataset("members", "OGP members",
          "National and local members of the Open Government Partnership with their region, "
              + "kind and membership status.",
          "/api/v1/countries", List.of("open government partnership", "members", "countries")),
      new Dataset("eligibility-assessments", "OGP eligibility assessments",
          "Yearly scores of each member on the four OGP eligibility criteria (fiscal "
              + "transparency, access to information, asset disclosure, citizen engagement) "
              + "and the result derived from them.",
          "/api/v1/eligibility/assessments", List.of("eligibility", "fiscal transparency",
              "access to information", "asset disclosure", "citizen engagement")),
      new Dataset("action-plans", "OGP action plans",
          "Members' action plans: period, status, submission and their commitments.",
          "/api/v1/action-plans", List.of("action plans", "open government partnership")),
      new Dataset("commitments", "OGP commitments",
          "Commitments of the action plans with their grand challenges, OGP values and themes.",
          "/api/v1/commitments", List.of("commitments", "grand challenges", "ogp values")),
      new Dataset("irm-assessments", "IRM assessments of OGP commitments",
          "Each commitment's latest Independent Reporting Mechanism indicators (specificity, "
              + "relevance, potential impact, completion, did it open government) and stars.",
          "/api/v1/assessments", List.of("irm", "independent reporting mechanism", "starred")));
}
