package org.ogptracker.notifications.webhooks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A webhook subscription as stored.
 *
 * @param owner the token subject that made it: the only caller who sees it
 * @param types the event types it wants; empty for all
 * @param previousSecret a rotated secret that still signs until {@code previousSecretUntil}
 * @param failingSince since when every delivery has failed; null while deliveries succeed
 */
public record Subscription(String id, String owner, String url, String secret,
    String previousSecret, Instant previousSecretUntil, List<String> types, String member,
    String plan, Facets.Wanted facets, String status, String disabledReason,
    Instant failingSince, Instant createdAt, long version) {
  public static final String ACTIVE = "active";
  public static final String DISABLED = "disabled";

  public Subscription {
    types = List.copyOf(types);
  }

  /** The secrets that sign a delivery made at {@code now}: the current one, and a rotated one. */
  public List<String> signingSecrets(Instant now) {
    List<String> secrets = new ArrayList<>(List.of(secret));
    if (previousSecret != null && previousSecretUntil != null && now.isBefore(previousSecretUntil)) {
      secrets.add(previousSecret);
    }
    return secrets;
  }
}
