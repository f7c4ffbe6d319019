package org.ogptracker.commitments.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.ogptracker.commitments.service.MemberReplicas;
import org.ogptracker.platform.inbox.EventProcessor;
import org.ogptracker.platform.inbox.EventRoutes;
import org.ogptracker.platform.inbox.Subscription;

/**
 * Reads countries-service's events ({@code ogp.countries.v1}) into the member replica. Each is
 * applied once (inbox); a record countries-service did not publish, or that cannot be read, is
 * a dead letter; an outage is waited out (platform's EventProcessor).
 */
@ApplicationScoped
public class CountryEventsConsumer {
  static final Subscription SUBSCRIPTION = new Subscription("commitments.countries",
      "/countries-service", List.of("ogp.country.", "ogp.eligibility."));

  private final EventProcessor events;
  private final EventRoutes routes;

  CountryEventsConsumer(EventProcessor events, MemberReplicas members) {
    this.events = events;
    this.routes = new EventRoutes()
        .on("ogp.country.registered.v1", MemberReplicas.Snapshot.class, members::apply)
        .on("ogp.country.updated.v1", MemberReplicas.Snapshot.class, members::apply)
        .on("ogp.country.status-changed.v1", MemberReplicas.StatusChange.class, members::apply);
  }

  /** Each event type it reads, the record it reads it into and the method that takes it. */
  EventRoutes routes() {
    return routes;
  }

  @Incoming("countries")
  @Blocking
  public void consume(ConsumerRecord<String, byte[]> record) {
    events.process(SUBSCRIPTION, record, routes::apply);
  }
}
