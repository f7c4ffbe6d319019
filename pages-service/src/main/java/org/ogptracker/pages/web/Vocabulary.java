package org.ogptracker.pages.web;

import java.util.List;

/**
 * The codes the API's filters take (its OpenAPI enums), offered as choices on the home page;
 * their labels in each language are in the texts ({@code region.*}, {@code challenge.*},
 * {@code value.*}).
 */
public final class Vocabulary {
  public static final List<String> REGIONS = List.of("Africa and the Middle East", "Americas",
      "Asia and the Pacific", "Europe");
  public static final List<String> GRAND_CHALLENGES = List.of("improving_public_services",
      "increasing_public_integrity", "more_effectively_managing_public_resources",
      "creating_safer_communities", "increasing_corporate_accountability");
  public static final List<String> OGP_VALUES = List.of("access_to_information",
      "civic_participation", "public_accountability", "technology_and_innovation");

  private Vocabulary() {}
}
