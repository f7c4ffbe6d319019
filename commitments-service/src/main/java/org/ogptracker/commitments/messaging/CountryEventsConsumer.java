package org.ogptracker.commitments.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.ogptracker.commitments.domain.MemberReplica;
import org.ogptracker.platform.inbox.ConsumedEvent;
import org.ogptracker.platform.inbox.EventProcessor;
import org.ogptracker.platform.inbox.PoisonEventException;

/**
 * Keeps the member replica from countries-service's events. Each event is applied once (inbox,
 * same transaction); a record that is no readable event goes to the dead-letter topic and
 * consumption continues; a passing failure (database down) is retried.
 */
@ApplicationScoped
public class CountryEventsConsumer {
  static final String CONSUMER = "commitments.countries";
  private static final Logger LOG = Logger.getLogger(CountryEventsConsumer.class);

  private final EntityManager em;
  private final EventProcessor events;
  private final Clock clock;

  CountryEventsConsumer(EntityManager em, EventProcessor events, Clock clock) {
    this.em = em;
    this.events = events;
    this.clock = clock;
  }

  @Incoming("countries")
  @Blocking
  public void consume(ConsumerRecord<String, byte[]> record) {
    events.process(CONSUMER, record, this::apply);
  }

  void apply(ConsumedEvent event) {
    switch (event.type()) {
      case "ogp.country.registered.v1", "ogp.country.updated.v1" -> snapshot(event);
      case "ogp.country.status-changed.v1" -> statusChanged(event);
      default -> LOG.debugf("ignoring %s", event.type());
    }
  }

  private void snapshot(ConsumedEvent e) {
    MemberReplica m = replica(e.text("code"));
    long version = e.data().path("version").asLong(-1);
    if (m.version != null && version >= 0 && version < m.version) {
      return; // an older snapshot than the one applied
    }
    m.name = e.optionalText("name");
    m.kind = e.optionalText("kind");
    m.status = e.text("status");
    m.version = version < 0 ? m.version : Long.valueOf(version);
    m.updatedAt = clock.instant();
  }

  private void statusChanged(ConsumedEvent e) {
    MemberReplica m = replica(e.text("code"));
    m.status = e.text("to");
    m.updatedAt = clock.instant();
  }

  private MemberReplica replica(String code) {
    if (!code.matches("[A-Z]{3,4}")) {
      throw new PoisonEventException("not a member code: " + code);
    }
    MemberReplica m = em.find(MemberReplica.class, code);
    if (m == null) {
      m = new MemberReplica();
      m.code = code;
      m.status = "unknown";
      m.updatedAt = clock.instant();
      em.persist(m);
    }
    return m;
  }
}
