package org.ogptracker.notifications.feed;

import java.util.List;
import java.util.Set;
import org.ogptracker.platform.inbox.Subscription;

/**
 * What the feed takes from each topic: the topic's owner (whose events alone it accepts there)
 * and the event types that are public, which is every type the owners publish today (everything
 * they describe can be read by anyone with a GET). A type not listed here, such as one an owner
 * adds later, stays out of the feed until it is added: a new type is never public by accident.
 */
public final class PublicChanges {
  public static final Subscription COUNTRIES = new Subscription("notifications.countries",
      "/countries-service", List.of("ogp.country.", "ogp.eligibility."));
  public static final Subscription COMMITMENTS = new Subscription("notifications.commitments",
      "/commitments-service", List.of("ogp.action-plan.", "ogp.commitment.", "ogp.milestone."));
  public static final Subscription REPORTS = new Subscription("notifications.reports",
      "/reports-service", List.of("ogp.report.", "ogp.process."));

  /** Every type the feed publishes (docs/asyncapi.yaml describes each one's data). */
  public static final Set<String> TYPES = Set.of(
      "ogp.country.registered.v1",
      "ogp.country.updated.v1",
      "ogp.country.status-changed.v1",
      "ogp.eligibility.assessed.v1",
      "ogp.action-plan.created.v1",
      "ogp.action-plan.updated.v1",
      "ogp.action-plan.submitted.v1",
      "ogp.action-plan.status-changed.v1",
      "ogp.commitment.registered.v1",
      "ogp.commitment.updated.v1",
      "ogp.milestone.added.v1",
      "ogp.milestone.progress-reported.v1",
      "ogp.milestone.overdue.v1",
      "ogp.report.published.v1",
      "ogp.process.deadline-missed.v1");

  private PublicChanges() {}

  public static boolean isPublic(String type) {
    return TYPES.contains(type);
  }
}
