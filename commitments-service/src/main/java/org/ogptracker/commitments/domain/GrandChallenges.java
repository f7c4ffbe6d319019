package org.ogptracker.commitments.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Derives grand challenges from policy areas, for commitments of the OGP export, which has no
 * grand-challenge column. The table follows OGP's own description of the five challenges
 * (Open Government Declaration, 2011): services (health, education, water, transport, justice),
 * integrity (anti-corruption, disclosure, information, parliaments), public resources (budgets,
 * procurement, aid, natural resources), safer communities (public safety, policing, disaster and
 * climate risk) and corporate accountability (beneficial ownership, private sector, extractives).
 */
public final class GrandChallenges {
  private static final Map<GrandChallenge, Set<String>> THEMES = Map.of(
      GrandChallenge.IMPROVING_PUBLIC_SERVICES, Set.of("public_service_delivery", "education",
          "health_and_nutrition", "water_and_sanitation", "infrastructure_and_transport",
          "citizenship_and_immigration", "access_to_justice", "digital_transformation",
          "open_data_water_sanitation", "open_data_health", "open_data_education"),
      GrandChallenge.INCREASING_PUBLIC_INTEGRITY, Set.of("anti_corruption_and_integrity",
          "anti_corruption_institutions", "anti_corruption_strategies", "asset_disclosure",
          "conflicts_of_interest", "political_finance", "lobbying", "whistleblower_protections",
          "right_to_information", "access_to_information", "open_parliaments", "elections",
          "money_in_politics", "judiciary", "open_justice", "legislative_oversight"),
      GrandChallenge.MORE_EFFECTIVELY_MANAGING_PUBLIC_RESOURCES, Set.of("fiscal_openness",
          "publication_of_budget_fiscal_information",
          "public_participation_in_budget_fiscal_policy", "oversight_of_budget_fiscal_policies",
          "open_contracting", "public_procurement", "audits", "tax", "debt", "aid",
          "stimulus_and_economic_recovery", "land_and_spatial_planning", "energy", "climate_finance"),
      GrandChallenge.CREATING_SAFER_COMMUNITIES, Set.of("security_and_public_safety",
          "policing_and_corrections", "gender_based_violence",
          "climate_mitigation_and_adaptation", "environment_and_climate",
          "disinformation_misinformation"),
      GrandChallenge.INCREASING_CORPORATE_ACCOUNTABILITY, Set.of("beneficial_ownership",
          "private_sector", "extractive_industries", "environmental_regulation", "labor"));

  private GrandChallenges() {}

  /** The challenges the given theme codes point to, in the enum's order. */
  public static List<GrandChallenge> fromThemes(List<String> themes) {
    Set<GrandChallenge> found = EnumSet.noneOf(GrandChallenge.class);
    THEMES.forEach((challenge, codes) -> {
      if (themes.stream().anyMatch(codes::contains)) {
        found.add(challenge);
      }
    });
    return List.copyOf(found);
  }
}
