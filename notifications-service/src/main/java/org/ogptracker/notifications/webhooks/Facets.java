package org.ogptracker.notifications.webhooks;

import java.util.List;

/**
 * The codes a subscription may filter on, as the events spell them (docs/asyncapi.yaml's
 * CommitmentData): a member's kind, a commitment's grand challenges and OGP values. Themes are
 * free text (commitments-service's list of them).
 */
public final class Facets {
  public static final List<String> MEMBER_KINDS = List.of("national", "local");
  public static final List<String> GRAND_CHALLENGES = List.of("improving_public_services",
      "increasing_public_integrity", "more_effectively_managing_public_resources",
      "creating_safer_communities", "increasing_corporate_accountability");
  public static final List<String> OGP_VALUES = List.of("access_to_information",
      "civic_participation", "public_accountability", "technology_and_innovation");

  private Facets() {}

  /**
   * The facets a subscription wants; each null (or false) for any.
   *
   * @param overdueMilestones only changes about overdue milestones: the one that says a
   *     milestone is overdue, and the progress reported on it until it is complete or withdrawn
   */
  public record Wanted(String memberKind, String grandChallenge, String ogpValue, String theme,
      boolean overdueMilestones) {
    public static final Wanted ANY = new Wanted(null, null, null, null, false);
  }

  /** A member's kind by its code: national members have three letters, local ones four. */
  public static String kindOf(String memberCode) {
    return memberCode == null ? null : memberCode.length() == 3 ? "national" : "local";
  }
}
