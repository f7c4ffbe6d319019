package org.ogptracker.countries.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.ogptracker.countries.service.ProcessMisses;
import org.ogptracker.platform.inbox.EventProcessor;
import org.ogptracker.platform.inbox.EventRoutes;
import org.ogptracker.platform.inbox.Subscription;

/**
 * Reads reports-service's events ({@code ogp.reports.v1}): each missed process deadline goes to
 * {@link ProcessMisses}. Each applies once (inbox); a record reports-service did not publish, or
 * that cannot be read, is a dead letter; an outage is waited out (platform's EventProcessor).
 */
@ApplicationScoped
public class ReportEventsConsumer {
  static final Subscription SUBSCRIPTION = new Subscription("countries.reports",
      "/reports-service", List.of("ogp.report.", "ogp.process."));

  private final EventProcessor events;
  private final EventRoutes routes;

  ReportEventsConsumer(EventProcessor events, ProcessMisses misses) {
    this.events = events;
    this.routes = new EventRoutes()
        .on("ogp.process.deadline-missed.v1", ProcessMisses.DeadlineMissed.class, misses::record);
  }

  /** Each event type it reads, the record it reads it into and the method that takes it. */
  EventRoutes routes() {
    return routes;
  }

  @Incoming("reports")
  @Blocking
  public void consume(ConsumerRecord<String, byte[]> record) {
    events.process(SUBSCRIPTION, record, routes::apply);
  }
}
