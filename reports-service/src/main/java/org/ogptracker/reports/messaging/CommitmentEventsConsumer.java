package org.ogptracker.reports.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.ogptracker.platform.inbox.ConsumedEvent;
import org.ogptracker.platform.inbox.EventProcessor;
import org.ogptracker.platform.inbox.PoisonEventException;
import org.ogptracker.reports.domain.CommitmentReplica;
import org.ogptracker.reports.domain.Deadline;
import org.ogptracker.reports.domain.DeadlineKind;
import org.ogptracker.reports.domain.MilestoneReplica;
import org.ogptracker.reports.domain.PlanReplica;
import org.ogptracker.reports.domain.ProcessDeadlines;
import org.ogptracker.reports.domain.TimelineEntry;

/**
 * Builds the report side's picture of plans from commitments-service's events: the plan,
 * commitment and milestone replica, each plan's timeline and its process deadlines. Each event
 * is applied once (inbox); poison goes to {@code ogp.commitments.v1.dlq}.
 */
@ApplicationScoped
public class CommitmentEventsConsumer {
  static final String CONSUMER = "reports.commitments";

  private final EntityManager em;
  private final EventProcessor events;
  private final Clock clock;

  CommitmentEventsConsumer(EntityManager em, EventProcessor events, Clock clock) {
    this.em = em;
    this.events = events;
    this.clock = clock;
  }

  /**
   * A poll's worth of records at a time, in one transaction: plan tracking keeps up with a bulk
   * import's hundreds of thousands of events (one transaction per event applied ~400 a second).
   */
  @Incoming("commitments")
  @Blocking
  public void consume(ConsumerRecords<String, byte[]> records) {
    events.processBatch(CONSUMER, records, this::apply);
  }

  void apply(ConsumedEvent e) {
    String planId = e.text("planId");
    switch (e.type()) {
      case "ogp.action-plan.created.v1", "ogp.action-plan.updated.v1",
          "ogp.action-plan.submitted.v1", "ogp.action-plan.status-changed.v1" -> plan(e, planId);
      case "ogp.commitment.registered.v1", "ogp.commitment.updated.v1" -> commitment(e, planId);
      case "ogp.milestone.added.v1", "ogp.milestone.progress-reported.v1" -> milestone(e, planId);
      default -> { } // a newer event type: kept on the timeline only
    }
    record(e, planId);
  }

  private void plan(ConsumedEvent e, String planId) {
    PlanReplica p = em.find(PlanReplica.class, planId);
    if (p == null) {
      p = new PlanReplica();
      p.id = planId;
    }
    p.memberCode = e.text("memberCode");
    p.number = e.data().path("number").asInt();
    p.periodStart = e.text("periodStart");
    p.periodEnd = e.text("periodEnd");
    p.submittedOn = date(e, "submittedOn");
    p.status = e.text("status");
    p.updatedAt = clock.instant();
    em.merge(p);
    Map<DeadlineKind, LocalDate> due;
    try {
      due = ProcessDeadlines.of(p.submittedOn, p.periodEnd, p.status);
    } catch (RuntimeException ex) {
      throw new PoisonEventException("event " + e.id() + ": unreadable period end " + p.periodEnd);
    }
    // Changed in place, so that a deadline's missed report (DeadlineCheck) stays recorded.
    List<Deadline> held = em.createQuery("from Deadline where id.planId = :p", Deadline.class)
        .setParameter("p", planId).getResultList();
    held.stream().filter(d -> !due.containsKey(d.id.kind())).forEach(em::remove);
    due.forEach((kind, day) -> {
      Deadline d = em.find(Deadline.class, new Deadline.Key(planId, kind));
      if (d == null) {
        d = new Deadline();
        d.id = new Deadline.Key(planId, kind);
        d.dueOn = day;
        em.persist(d);
      } else {
        d.dueOn = day;
      }
    });
  }

  private void commitment(ConsumedEvent e, String planId) {
    CommitmentReplica c = new CommitmentReplica();
    c.id = e.text("commitmentId");
    c.planId = planId;
    c.memberCode = e.text("memberCode");
    c.title = e.text("title");
    c.updatedAt = clock.instant();
    em.merge(c);
  }

  private void milestone(ConsumedEvent e, String planId) {
    String id = e.text("milestoneId");
    MilestoneReplica m = em.find(MilestoneReplica.class, id);
    if (m == null) {
      m = new MilestoneReplica();
      m.id = id;
    }
    m.commitmentId = e.text("commitmentId");
    m.planId = planId;
    if (e.data().hasNonNull("description")) {
      m.description = e.text("description");
      m.dueDate = date(e, "dueDate");
    }
    m.status = e.text("status");
    m.percentComplete = e.data().path("percentComplete").asInt();
    m.updatedAt = clock.instant();
    em.merge(m);
  }

  private void record(ConsumedEvent e, String planId) {
    TimelineEntry t = new TimelineEntry();
    t.planId = planId;
    t.eventId = e.id();
    t.type = e.type();
    t.subject = e.subject();
    t.occurredAt = e.time();
    t.receivedAt = Instant.now(clock);
    t.data = e.data().toString();
    em.persist(t);
  }

  private static LocalDate date(ConsumedEvent e, String field) {
    JsonNode v = e.data().get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    try {
      return LocalDate.parse(v.asText());
    } catch (DateTimeParseException ex) {
      throw new PoisonEventException("event " + e.id() + ": " + field + " is not a date");
    }
  }
}
