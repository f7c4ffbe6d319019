package org.ogptracker.reports.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.ogptracker.platform.inbox.ConsumedEvent;
import org.ogptracker.platform.inbox.EventProcessor;
import org.ogptracker.platform.inbox.EventRoutes;
import org.ogptracker.platform.inbox.Subscription;
import org.ogptracker.reports.service.PlanReplicas;
import org.ogptracker.reports.service.PlanReplicas.CommitmentChanged;
import org.ogptracker.reports.service.PlanReplicas.MilestoneAdded;
import org.ogptracker.reports.service.PlanReplicas.PlanChanged;
import org.ogptracker.reports.service.PlanReplicas.PlanEvent;
import org.ogptracker.reports.service.PlanReplicas.ProgressReported;

/**
 * Reads commitments-service's events ({@code ogp.commitments.v1}) into the report side's copy of
 * plans ({@link PlanReplicas}), every event also onto its plan's timeline. Each is applied once
 * (inbox); a record commitments-service did not publish, or that cannot be read, is a dead
 * letter; an outage is waited out (platform's EventProcessor).
 */
@ApplicationScoped
public class CommitmentEventsConsumer {
  static final Subscription SUBSCRIPTION = new Subscription("reports.commitments",
      "/commitments-service", List.of("ogp.action-plan.", "ogp.commitment.", "ogp.milestone."));

  private final EventProcessor events;
  private final PlanReplicas replicas;
  private final EventRoutes routes;

  CommitmentEventsConsumer(EventProcessor events, PlanReplicas replicas) {
    this.events = events;
    this.replicas = replicas;
    this.routes = new EventRoutes()
        .on("ogp.action-plan.created.v1", PlanChanged.class, replicas::apply)
        .on("ogp.action-plan.updated.v1", PlanChanged.class, replicas::apply)
        .on("ogp.action-plan.submitted.v1", PlanChanged.class, replicas::apply)
        .on("ogp.action-plan.status-changed.v1", PlanChanged.class, replicas::apply)
        .on("ogp.commitment.registered.v1", CommitmentChanged.class, replicas::apply)
        .on("ogp.commitment.updated.v1", CommitmentChanged.class, replicas::apply)
        .on("ogp.milestone.added.v1", MilestoneAdded.class, replicas::apply)
        .on("ogp.milestone.progress-reported.v1", ProgressReported.class, replicas::apply);
  }

  /** Each event type it reads, the record it reads it into and the method that takes it. */
  EventRoutes routes() {
    return routes;
  }

  /**
   * A poll's worth of records at a time, in one transaction: plan tracking keeps up with a bulk
   * import's hundreds of thousands of events (one transaction per event applied ~400 a second).
   */
  @Incoming("commitments")
  @Blocking
  public void consume(ConsumerRecords<String, byte[]> records) {
    events.processBatch(SUBSCRIPTION, records, this::apply);
  }

  void apply(ConsumedEvent e) {
    String planId = e.data(PlanEvent.class).planId();
    routes.apply(e); // a type without a route (a newer one) is kept on the timeline only
    replicas.record(e, planId);
  }
}
