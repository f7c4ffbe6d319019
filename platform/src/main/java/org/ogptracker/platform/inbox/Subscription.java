package org.ogptracker.platform.inbox;

import java.util.List;

/**
 * A consumer of another service's topic: its name in the inbox, and the topic's owner, the one
 * service whose events it accepts there (CloudEvents {@code source}, and the prefixes of the
 * event types that service publishes). A record from anyone else is a dead letter, never applied.
 *
 * @param consumer the inbox's name for this consumer, e.g. {@code reports.commitments}
 * @param ownerSource the owner's CloudEvents source, e.g. {@code /commitments-service}
 * @param ownerTypes prefixes of the owner's event types, e.g. {@code ogp.milestone.}
 */
public record Subscription(String consumer, String ownerSource, List<String> ownerTypes) {

  public Subscription {
    ownerTypes = List.copyOf(ownerTypes);
  }

  /** Refuses an event its topic's owner did not publish. */
  void requireOwner(ConsumedEvent e) {
    if (!ownerSource.equals(e.source())) {
      throw new PoisonEventException("event " + e.id() + " (" + e.type() + ") comes from "
          + e.source() + ", not from " + ownerSource + ", the owner of its topic");
    }
    if (ownerTypes.stream().noneMatch(e.type()::startsWith)) {
      throw new PoisonEventException("event " + e.id() + ": " + e.type() + " is not a type "
          + ownerSource + " publishes (" + String.join("*, ", ownerTypes) + "*)");
    }
  }
}
