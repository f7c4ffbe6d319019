package org.ogptracker.countries.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.ogptracker.countries.domain.Member;
import org.ogptracker.countries.domain.MemberStatus;
import org.ogptracker.countries.domain.ProceduralReview;
import org.ogptracker.countries.service.CountryService;
import org.ogptracker.platform.inbox.ConsumedEvent;
import org.ogptracker.platform.inbox.EventProcessor;
import org.ogptracker.platform.inbox.PoisonEventException;

/**
 * Records the process deadlines members miss, from reports-service's events, and puts a member
 * that acted contrary to process in two consecutive cycles under review, with the reason in its
 * status history. Each event applies once (inbox); poison goes to {@code ogp.reports.v1.dlq}.
 */
@ApplicationScoped
public class ReportEventsConsumer {
  static final String CONSUMER = "countries.reports";
  static final String DEADLINE_MISSED = "ogp.process.deadline-missed.v1";
  private static final Logger LOG = Logger.getLogger(ReportEventsConsumer.class);

  private final EntityManager em;
  private final EventProcessor events;
  private final CountryService countries;
  private final Clock clock;

  ReportEventsConsumer(EntityManager em, EventProcessor events, CountryService countries,
      Clock clock) {
    this.em = em;
    this.events = events;
    this.countries = countries;
    this.clock = clock;
  }

  @Incoming("reports")
  @Blocking
  public void consume(ConsumerRecord<String, byte[]> record) {
    events.process(CONSUMER, record, this::apply);
  }

  void apply(ConsumedEvent e) {
    if (DEADLINE_MISSED.equals(e.type()) && e.data().path("contraryToProcess").asBoolean()) {
      contrary(e);
    }
  }

  private void contrary(ConsumedEvent e) {
    String member = e.text("memberCode");
    String planId = e.text("planId");
    String deadline = e.text("deadline");
    int cycle = e.data().path("cycle").asInt(-1);
    if (!member.matches("[A-Z]{3,4}") || cycle < 1) {
      throw new PoisonEventException("event " + e.id() + ": needs a member code and a cycle");
    }
    LocalDate dueOn;
    try {
      dueOn = LocalDate.parse(e.text("dueOn"));
    } catch (DateTimeParseException ex) {
      throw new PoisonEventException("event " + e.id() + ": dueOn is not a date");
    }
    // The member row is locked first: misses of one member are decided one at a time.
    Member m = em.find(Member.class, member, LockModeType.PESSIMISTIC_WRITE);
    em.createNativeQuery("""
            insert into process_miss (plan_id, deadline, member_code, cycle, due_on, recorded_at)
            values (?1, ?2, ?3, ?4, ?5, ?6) on conflict do nothing""")
        .setParameter(1, planId).setParameter(2, deadline).setParameter(3, member)
        .setParameter(4, cycle).setParameter(5, dueOn).setParameter(6, clock.instant())
        .executeUpdate();
    if (m == null) {
      LOG.warnf("missed deadline of unknown member %s (%s) recorded", member, planId);
      return;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> misses = em.createNativeQuery("select cycle, plan_id, deadline, due_on "
            + "from process_miss where member_code = ?1 order by cycle, deadline")
        .setParameter(1, member).getResultList();
    TreeSet<Integer> cycles = new TreeSet<>();
    misses.forEach(r -> cycles.add(((Number) r[0]).intValue()));
    ProceduralReview.consecutive(cycles, cycle)
        .filter(pair -> ProceduralReview.applies(m.status))
        .ifPresent(pair -> countries.changeStatus(m, MemberStatus.UNDER_REVIEW,
            "Acted contrary to OGP process in two consecutive cycles: " + describe(misses, pair),
            "reports-service"));
  }

  private static String describe(List<Object[]> misses, int[] pair) {
    StringBuilder s = new StringBuilder();
    for (Object[] r : misses) {
      int c = ((Number) r[0]).intValue();
      if (c == pair[0] || c == pair[1]) {
        s.append(s.length() == 0 ? "" : "; ").append(r[1]).append(" missed ").append(r[2])
            .append(" due ").append(r[3]);
      }
    }
    return s.toString();
  }
}
